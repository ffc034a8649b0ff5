#include "export/ExportLayout.h"

#include "export/Deidentifier.h"
#include "forms/FormDefinition.h"
#include "forms/FormRowFinder.h"
#include "forms/SensitiveFields.h"

#include <QRegularExpression>

#include <algorithm>

namespace vigia {

namespace {
// The documented ceiling of instances per repeat (docs/form-format.md): a
// damaged count never makes an export write millions of empty rows.
constexpr int kMaxInstances = 1000;

ExportValue::Kind kindOf(FormType::Kind kind)
{
    switch (kind) {
    case FormType::Kind::Integer:
    case FormType::Kind::Decimal:
    case FormType::Kind::Range:
        return ExportValue::Kind::Number;
    case FormType::Kind::Date:
    case FormType::Kind::Today:
        return ExportValue::Kind::Date;
    case FormType::Kind::DateTime:
    case FormType::Kind::Start:
    case FormType::Kind::End:
        return ExportValue::Kind::DateTime;
    default:
        return ExportValue::Kind::Text;
    }
}

FormText ownLabel(const char *en, const char *es, const char *pt)
{
    FormText t;
    t.set(QStringLiteral("en"), QString::fromUtf8(en));
    t.set(QStringLiteral("es"), QString::fromUtf8(es));
    t.set(QStringLiteral("pt"), QString::fromUtf8(pt));
    return t;
}

ExportColumn own(const char *name, ExportValue::Kind kind, FormText label)
{
    ExportColumn c;
    c.name = QString::fromLatin1(name);
    c.typeName = QStringLiteral("vigia");
    c.kind = kind;
    c.label = std::move(label);
    return c;
}

// The instance numbers along an address ("members[2]/children[3]" -> 2, 3).
QList<int> indexesOf(const QString &prefix)
{
    static const QRegularExpression kIndex(QStringLiteral("\\[(\\d+)\\]"));
    QList<int> out;
    auto it = kIndex.globalMatch(prefix);
    while (it.hasNext())
        out.append(it.next().captured(1).toInt());
    return out;
}

QString safeName(const QString &text)
{
    QString out;
    for (const QChar c : text)
        out += c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('.')
                   ? c
                   : QLatin1Char('_');
    return out;
}
} // namespace

ExportLayout::ExportLayout(const FormDefinition &form, const Deidentifier &deidentifier)
    : m_deidentifier(deidentifier)
    , m_formId(form.formId())
    , m_formVersion(form.version())
{
    ExportTable main;
    main.name = safeName(m_formId) + QLatin1Char('_') + safeName(m_formVersion);
    main.formId = m_formId;
    main.formVersion = m_formVersion;
    main.columns = {
        own("_id", ExportValue::Kind::Text,
            ownLabel("Record id", "Id del registro", "Id do registro")),
        own("_country", ExportValue::Kind::Text, ownLabel("Country", "País", "País")),
        own("_date", ExportValue::Kind::Date, ownLabel("Date", "Fecha", "Data")),
        own("_review", ExportValue::Kind::Text,
            ownLabel("Review state", "Estado de revisión", "Estado da revisão")),
    };
    if (deidentifier.treatment(FormRow(FormType::fromName(QStringLiteral("date")), {}), false) ==
        FieldTreatment::CoarsenedToMonth)
        main.columns[2].treatment = FieldTreatment::CoarsenedToMonth;
    m_tables.append(main);
    m_parentTable.append(-1);
    const QStringList sensitive = SensitiveFields::of(form);
    addRows(form.rows(), 0, false, QSet<QString>(sensitive.begin(), sensitive.end()), {},
            FormRowFinder::sharedNames(form.rows()));
    for (qsizetype i = 4; i < m_tables.first().columns.size(); ++i)
        m_mainByField.append({m_tables.first().columns[i].field, int(i)});
    std::sort(m_mainByField.begin(), m_mainByField.end());
}

void ExportLayout::addRows(const QList<FormRow> &rows, int table, bool sensitive,
                           const QSet<QString> &sensitiveNames, const QString &groups,
                           const QSet<QString> &shared)
{
    for (const FormRow &row : rows) {
        const bool rowSensitive =
            sensitive || row.isSensitive() || sensitiveNames.contains(row.name());
        if (row.type().kind() == FormType::Kind::Repeat) {
            m_parentTable.append(table);
            addRepeat(row, rowSensitive, sensitiveNames);
            continue;
        }
        if (row.type().kind() == FormType::Kind::Group) {
            addRows(row.children(), table, rowSensitive, sensitiveNames,
                    groups + row.name() + QLatin1Char('/'), shared);
            continue;
        }
        if (!row.type().isCollected())
            continue;
        ExportColumn c;
        c.field = shared.contains(row.name()) ? groups + row.name() : row.name();
        c.name = c.field;
        c.typeName = row.type().name();
        c.label = row.label();
        c.listName = row.listName();
        c.treatment = m_deidentifier.treatment(row, rowSensitive);
        c.kind = c.treatment == FieldTreatment::Pseudonymized ? ExportValue::Kind::Text
                                                              : kindOf(row.type().kind());
        if (c.treatment == FieldTreatment::RemovedSensitive ||
            c.treatment == FieldTreatment::RemovedFreeText) {
            m_removed[table].append(c);
            continue;
        }
        m_places.insert(placeKey(m_tables[table].repeat, c.field),
                        Place{table, int(m_tables[table].columns.size())});
        m_tables[table].columns.append(c);
    }
}

void ExportLayout::addRepeat(const FormRow &repeat, bool sensitive,
                             const QSet<QString> &sensitiveNames)
{
    ExportTable t;
    t.name = m_tables.first().name + QStringLiteral("__") + safeName(repeat.name());
    t.formId = m_formId;
    t.formVersion = m_formVersion;
    t.repeat = repeat.name();
    t.columns = {
        own("_record_id", ExportValue::Kind::Text,
            ownLabel("Record id", "Id del registro", "Id do registro")),
        own("_parent", ExportValue::Kind::Text,
            ownLabel("Enclosing instance", "Instancia que la contiene", "Instância que a contém")),
        own("_index", ExportValue::Kind::Number,
            ownLabel("Instance number", "Número de instancia", "Número da instância")),
    };
    const int index = int(m_tables.size());
    m_tables.append(t);
    m_repeatTables.insert(repeat.name(), index);
    addRows(repeat.children(), index, sensitive, sensitiveNames, {},
            FormRowFinder::sharedNames(repeat.children()));
}

QString ExportLayout::placeKey(const QString &repeat, const QString &field)
{
    // A name may be used again in another repeat level: the table's repeat
    // tells them apart ("/name" for the respondent, "members/name").
    return repeat + QLatin1Char('/') + field;
}

int ExportLayout::mainColumn(const QString &name) const
{
    const auto it = m_places.constFind(placeKey({}, name));
    return it != m_places.cend() && it->table == 0 ? it->column : -1;
}

ExportValue ExportLayout::cell(const ExportColumn &column, QByteArrayView stored) const
{
    if (stored.isEmpty())
        return {};
    switch (column.treatment) {
    case FieldTreatment::Pseudonymized:
        return ExportValue::fromText(m_deidentifier.pseudonym(QString::fromUtf8(stored)));
    case FieldTreatment::CoarsenedToMonth:
        return ExportValue::parse(stored, column.kind).toMonth();
    case FieldTreatment::Kept:
    case FieldTreatment::RemovedSensitive:
    case FieldTreatment::RemovedFreeText:
        break;
    }
    return ExportValue::parse(stored, column.kind);
}

void ExportLayout::rows(const ExportRecord &record, const RowSink &sink) const
{
    const ExportValue id = ExportValue::fromUtf8(
        m_deidentifier.pseudonymizesIds()
            ? m_deidentifier.pseudonym(record.id.toString(QUuid::WithoutBraces)).toUtf8()
            : record.id.toByteArray(QUuid::WithoutBraces));

    const ExportTable &main = m_tables.first();
    QList<ExportValue> cells(main.columns.size());
    cells[0] = id;
    cells[1] = ExportValue::fromText(record.country);
    const ExportValue date = ExportValue::parse(record.date, ExportValue::Kind::Date);
    cells[2] =
        main.columns[2].treatment == FieldTreatment::CoarsenedToMonth ? date.toMonth() : date;
    cells[3] = ExportValue::fromText(record.review);
    // Both sorted by address: an answer no column takes is passed over, a
    // column no answer fills stays empty.
    auto next = record.values.cbegin();
    for (const auto &[field, column] : m_mainByField) {
        while (next != record.values.cend() && next->address < field)
            ++next;
        if (next != record.values.cend() && next->address == field)
            cells[column] = cell(main.columns[column], record.utf8(*next));
    }
    sink(0, cells);
    if (m_tables.size() == 1)
        return;

    // Each repeat's instances: those a count names (an instance may hold no
    // answer) and those an answer's address names.
    QList<QSet<QString>> instances(m_tables.size());
    const auto addCounted = [&](int table, const QString &address, const QString &count) {
        const int n = qMin(count.toInt(), kMaxInstances);
        for (int i = 1; i <= n; ++i)
            instances[table].insert(address + QLatin1Char('[') + QString::number(i) +
                                    QLatin1Char(']'));
    };
    for (const ExportRecord::Answer &answer : record.values) {
        const QString &key = answer.address;
        const qsizetype slash = key.lastIndexOf(QLatin1Char('/'));
        const QString name = slash < 0 ? key : key.mid(slash + 1);
        if (const auto repeat = m_repeatTables.constFind(name); repeat != m_repeatTables.cend()) {
            addCounted(*repeat, key, QString::fromUtf8(record.utf8(answer)));
            continue;
        }
        // The instance the answer is in, up to its last number, and the
        // repeat of that instance: "members[2]" and "members" in
        // "members[2]/respondent/age", whose key is "respondent/age".
        const qsizetype close = key.lastIndexOf(QLatin1String("]/"));
        if (close < 0)
            continue;
        const QString holder = key.left(close + 1);
        const qsizetype from = holder.lastIndexOf(QLatin1Char('/')) + 1;
        const qsizetype open = holder.indexOf(QLatin1Char('['), from);
        const QString repeat = holder.mid(from, open < 0 ? -1 : open - from);
        const auto place = m_places.constFind(placeKey(repeat, key.mid(close + 2)));
        if (place != m_places.cend() && place->table > 0)
            instances[place->table].insert(holder);
    }
    for (qsizetype t = 1; t < m_tables.size(); ++t) {
        if (instances[t].isEmpty())
            continue;
        QList<QPair<QList<int>, QString>> ordered;
        for (const QString &prefix : std::as_const(instances[t]))
            ordered.append({indexesOf(prefix), prefix});
        std::sort(ordered.begin(), ordered.end());
        const ExportTable &table = m_tables[t];
        for (const auto &[indexes, prefix] : std::as_const(ordered)) {
            cells.clear();
            const qsizetype slash = prefix.lastIndexOf(QLatin1Char('/'));
            cells << id << ExportValue::fromText(slash < 0 ? QString() : prefix.left(slash))
                  << ExportValue::fromNumber(indexes.isEmpty() ? 0 : indexes.last());
            for (qsizetype i = 3; i < table.columns.size(); ++i)
                cells << cell(table.columns[i],
                              record.utf8(prefix + QLatin1Char('/') + table.columns[i].field));
            sink(int(t), cells);
        }
    }
}

} // namespace vigia
