#include "ui/common/OpValueText.h"

#include <QCborValue>
#include <QLocale>

namespace vigia {

QString OpValueText::of(const QCborValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isUndefined())
        return tr("(removed)");
    if (value.isNull())
        return tr("(empty)");
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isInteger())
        return QString::number(value.toInteger());
    if (value.isDouble())
        return QLocale().toString(value.toDouble());
    return value.toDiagnosticNotation();
}

} // namespace vigia
