#include "export/SpssSyntaxWriter.h"

#include "forms/FormDefinition.h"

#include <QSet>

namespace vigia {

namespace {
// SPSS limits a name to 64 bytes.
constexpr qsizetype kMaxName = 64;

QString format(const ExportColumn &c)
{
    // A coarsened date reads "2026-03", which no SPSS date format takes.
    if (c.treatment == FieldTreatment::CoarsenedToMonth)
        return QStringLiteral("A7");
    switch (c.kind) {
    case ExportValue::Kind::Number:
        return c.typeName == QLatin1String("integer") ? QStringLiteral("F12.0")
                                                      : QStringLiteral("F16.4");
    case ExportValue::Kind::Date:
        return QStringLiteral("SDATE10");
    case ExportValue::Kind::Month:
        return QStringLiteral("A7");
    case ExportValue::Kind::DateTime:
        return QStringLiteral("A40");
    case ExportValue::Kind::Empty:
    case ExportValue::Kind::Text:
        break;
    }
    return c.typeName == QLatin1String("narrative") ? QStringLiteral("A32767")
                                                    : QStringLiteral("A2048");
}
} // namespace

QString SpssSyntaxWriter::variableName(const QString &column)
{
    QString out;
    for (const QChar c : column)
        out += c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.')
                   ? c
                   : QLatin1Char('_');
    if (out.isEmpty() || !out.front().isLetter())
        out.prepend(QLatin1Char('v'));
    while (out.toUtf8().size() > kMaxName)
        out.chop(1);
    while (out.endsWith(QLatin1Char('.')))
        out.chop(1);
    return out;
}

QString SpssSyntaxWriter::quoted(const QString &text)
{
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    return QLatin1Char('\'') + flat.replace(QLatin1Char('\''), QStringLiteral("''")) +
           QLatin1Char('\'');
}

QString SpssSyntaxWriter::syntax(const ExportTable &table, const FormDefinition &form,
                                 const QString &csvFileName)
{
    const QString language =
        form.defaultLanguage().isEmpty() ? form.languages().value(0) : form.defaultLanguage();
    QStringList names;
    QSet<QString> used;
    for (const ExportColumn &c : table.columns) {
        QString name = variableName(c.name);
        for (int n = 2; used.contains(name.toLower()); ++n)
            name = variableName(c.name).left(kMaxName - 4) + QLatin1Char('_') + QString::number(n);
        used.insert(name.toLower());
        names.append(name);
    }

    QString out;
    out += QStringLiteral("* Vigia export: %1, form %2 version %3.\n")
               .arg(table.isRepeat() ? QStringLiteral("repeat ") + table.repeat
                                     : QStringLiteral("records"),
                    table.formId, table.formVersion);
    out +=
        QStringLiteral("* Open this file in SPSS with the CSV in the same folder, then run it.\n");
    out += QStringLiteral("GET DATA\n  /TYPE=TXT\n  /FILE=%1\n  /ENCODING='UTF8'\n"
                          "  /DELCASE=LINE\n  /DELIMITERS=\",\"\n  /QUALIFIER='\"'\n"
                          "  /ARRANGEMENT=DELIMITED\n  /FIRSTCASE=2\n  /VARIABLES=\n")
               .arg(quoted(csvFileName));
    for (qsizetype i = 0; i < table.columns.size(); ++i)
        out += QStringLiteral("    %1 %2\n").arg(names[i], format(table.columns[i]));
    out += QStringLiteral("  .\n\nVARIABLE LABELS\n");
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        const ExportColumn &c = table.columns[i];
        const QString label = c.label.text(language, form.defaultLanguage());
        out += QStringLiteral("  %1%2 %3\n")
                   .arg(i == 0 ? QString() : QStringLiteral("/"), names[i],
                        quoted(label.isEmpty() ? c.name : label));
    }
    out += QStringLiteral("  .\n");

    QString values;
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        const ExportColumn &c = table.columns[i];
        if (c.listName.isEmpty() || c.treatment != FieldTreatment::Kept)
            continue;
        const QList<FormChoice> choices = form.choicesOf(c.listName);
        if (choices.isEmpty())
            continue;
        values += QStringLiteral("  %1%2\n")
                      .arg(values.isEmpty() ? QString() : QStringLiteral("/"), names[i]);
        for (const FormChoice &choice : choices)
            values += QStringLiteral("    %1 %2\n")
                          .arg(quoted(choice.name()),
                               quoted(choice.label().text(language, form.defaultLanguage())));
    }
    if (!values.isEmpty())
        out += QStringLiteral("\nVALUE LABELS\n") + values + QStringLiteral("  .\n");
    out += QStringLiteral("\nEXECUTE.\n");
    return out;
}

} // namespace vigia
