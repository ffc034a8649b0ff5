#include "ui/sync/FingerprintLabel.h"

#include <QFontDatabase>

namespace vigia {

FingerprintLabel::FingerprintLabel(const QString &objectName, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.4);
    setFont(mono);
}

void FingerprintLabel::setFingerprint(const QString &formatted)
{
    const QStringList groups = formatted.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (groups.size() < 2) {
        setText(formatted);
        return;
    }
    const qsizetype half = (groups.size() + 1) / 2;
    setText(groups.mid(0, half).join(QLatin1Char(' ')) + QLatin1Char('\n') +
            groups.mid(half).join(QLatin1Char(' ')));
}

} // namespace vigia
