#include "forms/FormPath.h"

#include <QStringList>

#include <algorithm>

namespace vigia {

QList<FormPath::Step> FormPath::parse(const QString &text)
{
    QList<Step> steps;
    for (const QString &part : text.split(u'/')) {
        Step step;
        const qsizetype open = part.indexOf(u'[');
        step.name = part.left(open < 0 ? part.size() : open);
        if (step.name.isEmpty())
            return {};
        if (open >= 0) {
            if (!part.endsWith(u']'))
                return {};
            const QString number = part.mid(open + 1, part.size() - open - 2);
            bool ok = false;
            step.index = number.toInt(&ok);
            // Digits only: toInt() would also take "+2" and " 2".
            if (!ok || step.index < 1 ||
                !std::all_of(number.cbegin(), number.cend(), [](QChar c) { return c.isDigit(); }))
                return {};
        }
        steps.append(step);
    }
    return steps;
}

QString FormPath::format(const QList<Step> &steps)
{
    QStringList parts;
    for (const Step &step : steps) {
        parts.append(step.index > 0 ? step.name + u'[' + QString::number(step.index) + u']'
                                    : step.name);
    }
    return parts.join(u'/');
}

} // namespace vigia
