#include "monitoring/FindingCounts.h"

#include "monitoring/CountedRecords.h"

#include "forms/BuiltinForms.h"
#include "store/Codebook.h"
#include "store/CodingStore.h"
#include "store/RecordFilter.h"
#include "store/RecordStore.h"
#include "store/ReviewStore.h"

#include <QDate>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace vigia {

namespace {
QString choiceLabel(const QString &list, const QString &name, const QString &language)
{
    static const auto forms = BuiltinForms::load();
    if (!forms)
        return name;
    for (const FormDefinition &form : forms.value()) {
        if (form.formId() != FindingCounts::kFormId)
            continue;
        for (const FormChoice &choice : form.choicesOf(list)) {
            if (choice.name() != name)
                continue;
            for (const QString &lang : {language, language.section(QLatin1Char('_'), 0, 0)})
                if (const QString text = choice.label().value(lang); !text.isEmpty())
                    return text;
            const QString text = choice.label().text(QStringLiteral("en"));
            return text.isEmpty() ? name : text;
        }
    }
    return name;
}

QList<QPair<QString, int>> sorted(const QHash<QString, int> &counts)
{
    QList<QPair<QString, int>> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return out;
}
} // namespace

QString FindingCounts::cell(int count)
{
    if (count > 0 && count < kMinCell)
        return QStringLiteral("<%1").arg(kMinCell);
    return QString::number(count);
}

Result<FindingCounts> FindingCounts::count(Database &db, OpLog &log, ReviewStore &reviews,
                                           const QString &country, int year,
                                           const QString &language)
{
    Codebook codebook(db, log);
    auto codes = codebook.list();
    if (!codes)
        return codes.error();
    QHash<QUuid, QString> codeNames;
    for (const Code &c : codes.value())
        codeNames.insert(c.id, c.name(language));
    CodingStore codings(db, log);

    QHash<QString, int> manifestations;
    QHash<QString, int> byCode;
    FindingCounts out;
    const Status read =
        CountedRecords::forEach(reviews, kFormId, [&](const Record &finding) -> Status {
            const QString where = finding.values.value(QStringLiteral("country")).toString();
            const QDate date = QDate::fromString(
                finding.values.value(QStringLiteral("date")).toString(), Qt::ISODate);
            if (where.compare(country, Qt::CaseInsensitive) != 0 || date.year() != year)
                return {};
            ++out.total;
            const QStringList chosen = finding.values.value(QStringLiteral("manifestations"))
                                           .toString()
                                           .split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const QString &m : QSet<QString>(chosen.cbegin(), chosen.cend()))
                ++manifestations[choiceLabel(QStringLiteral("manifestations"), m, language)];
            auto applied = codings.forRecord(finding.id);
            if (!applied)
                return applied.error();
            QSet<QUuid> seen;
            for (const Coding &c : applied.value())
                if (codeNames.contains(c.codeId) && !seen.contains(c.codeId)) {
                    seen.insert(c.codeId);
                    ++byCode[codeNames.value(c.codeId)];
                }
            return {};
        });
    if (!read)
        return read.error();
    out.byManifestation = sorted(manifestations);
    out.byCode = sorted(byCode);
    return out;
}

} // namespace vigia
