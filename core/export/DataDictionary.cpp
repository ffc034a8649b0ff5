#include "export/DataDictionary.h"

#include "forms/FormDefinition.h"

namespace vigia {

QString DataDictionary::treatmentName(FieldTreatment treatment)
{
    switch (treatment) {
    case FieldTreatment::Kept:
        return QStringLiteral("kept");
    case FieldTreatment::Pseudonymized:
        return QStringLiteral("pseudonymized: keyed BLAKE2b, key of this export only");
    case FieldTreatment::RemovedSensitive:
        return QStringLiteral("removed: sensitive");
    case FieldTreatment::RemovedFreeText:
        return QStringLiteral("removed: free text");
    case FieldTreatment::CoarsenedToMonth:
        return QStringLiteral("coarsened to month");
    }
    return {};
}

void DataDictionary::addNote(const QString &key, const QString &text)
{
    Line l;
    l.type = QStringLiteral("note");
    l.field = key;
    l.note = text;
    m_lines.append(l);
}

void DataDictionary::addTable(const ExportTable &table, const QString &location,
                              const FormDefinition &form, const QList<ExportColumn> &removed)
{
    for (const QString &language : form.languages())
        if (!m_languages.contains(language))
            m_languages.append(language);
    for (const ExportColumn &c : table.columns)
        addColumn(location, c, form, true);
    for (const ExportColumn &c : removed)
        addColumn(location, c, form, false);
}

void DataDictionary::addColumn(const QString &location, const ExportColumn &c,
                               const FormDefinition &form, bool inTable)
{
    Line l;
    l.table = location;
    l.column = inTable ? c.name : QString();
    l.field = c.field.isEmpty() ? c.name : c.field;
    l.type = c.typeName;
    l.treatment = treatmentName(c.treatment);
    l.label = c.label;
    m_lines.append(l);
    // A pseudonym or a removed answer matches no choice.
    if (c.listName.isEmpty() ||
        (c.treatment != FieldTreatment::Kept && c.treatment != FieldTreatment::CoarsenedToMonth))
        return;
    for (const FormChoice &choice : form.choicesOf(c.listName)) {
        Line cl;
        cl.table = location;
        cl.column = l.column;
        cl.field = l.field;
        cl.type = QStringLiteral("choice");
        cl.choice = choice.name();
        cl.label = choice.label();
        m_lines.append(cl);
    }
}

QStringList DataDictionary::header() const
{
    QStringList h{QStringLiteral("table"), QStringLiteral("column"),    QStringLiteral("field"),
                  QStringLiteral("type"),  QStringLiteral("treatment"), QStringLiteral("choice"),
                  QStringLiteral("note")};
    QStringList languages = m_languages;
    languages.sort();
    for (const QString &language : languages)
        h.append(QStringLiteral("label_") + language);
    return h;
}

QList<QStringList> DataDictionary::rows() const
{
    QStringList languages = m_languages;
    languages.sort();
    QList<QStringList> out;
    out.reserve(m_lines.size());
    for (const Line &l : m_lines) {
        QStringList row{l.table, l.column, l.field, l.type, l.treatment, l.choice, l.note};
        for (const QString &language : languages)
            row.append(l.label.value(language));
        out.append(row);
    }
    return out;
}

} // namespace vigia
