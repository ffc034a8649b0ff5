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
        return value.toBool() ? tr("yes") : tr("no");
    if (value.isInteger())
        return QLocale().toString(value.toInteger());
    if (value.isDouble())
        return QLocale().toString(value.toDouble());
    return value.toDiagnosticNotation();
}

} // namespace vigia
