#include "forms/XlsFormHeader.h"

#include <QHash>
#include <QRegularExpression>

namespace vigia {

namespace {

// Spellings older tools wrote, and the ODK attribute names of the messages.
QString canonicalBase(const QString &base)
{
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("list name"), QStringLiteral("list_name")},
        {QStringLiteral("requiredmsg"), QStringLiteral("required_message")},
        {QStringLiteral("jr:requiredmsg"), QStringLiteral("required_message")},
        {QStringLiteral("constraintmsg"), QStringLiteral("constraint_message")},
        {QStringLiteral("jr:constraintmsg"), QStringLiteral("constraint_message")},
        {QStringLiteral("relevance"), QStringLiteral("relevant")},
        {QStringLiteral("readonly"), QStringLiteral("read_only")},
        {QStringLiteral("choice filter"), QStringLiteral("choice_filter")},
        {QStringLiteral("repeat count"), QStringLiteral("repeat_count")},
        {QStringLiteral("guidance hint"), QStringLiteral("guidance_hint")},
    };
    return aliases.value(base, base);
}

} // namespace

bool XlsFormHeader::isTextColumn(const QString &base)
{
    return base == u"label" || base == u"hint" || base == u"guidance_hint" ||
           base == u"required_message" || base == u"constraint_message" || base == u"form_title";
}

bool XlsFormHeader::isMediaColumn(const QString &base)
{
    return base == u"image" || base == u"audio" || base == u"video" || base == u"big-image";
}

QString XlsFormHeader::languageCode(const QString &language)
{
    // XLSForm's "Name (code)" style; the code is what Vigia keys texts by.
    static const QRegularExpression withCode(
        QStringLiteral("\\(\\s*([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)\\s*\\)\\s*$"));
    const auto match = withCode.match(language);
    if (match.hasMatch())
        return match.captured(1).toLower();
    return language.trimmed().toLower();
}

Result<XlsFormHeader> XlsFormHeader::read(const XlsxSheet &sheet)
{
    XlsFormHeader header;
    QHash<QString, int> seen; // base::language → column
    const QStringList texts = sheet.rowCount() > 0 ? sheet.rowTexts(0) : QStringList();
    for (int i = 0; i < texts.size(); ++i) {
        const QString raw = texts.at(i).trimmed();
        if (raw.isEmpty())
            continue;
        const QString lower = raw.toLower();
        Column column;
        column.index = i;
        QStringList parts = lower.split(QStringLiteral("::"));
        // pyxform's older single-colon form ("label:English").
        if (parts.size() == 1 && lower.count(u':') == 1) {
            const QStringList single = lower.split(u':');
            if (isTextColumn(single.first()) || isMediaColumn(single.first()))
                parts = single;
        }
        if (parts.first() == u"media" && parts.size() > 1)
            parts.removeFirst();
        const QString base = canonicalBase(parts.first().trimmed());
        if (parts.size() == 2 && (isTextColumn(base) || isMediaColumn(base))) {
            column.base = base;
            // The language keeps its original case until languageCode lowers it.
            column.language = languageCode(raw.section(u':', -1));
        } else if (parts.size() == 1) {
            column.base = base;
        } else {
            column.base = lower; // bind::…, body::…: kept whole as an attribute
        }
        const QString key = column.base + QStringLiteral("::") + column.language;
        if (auto it = seen.constFind(key); it != seen.cend()) {
            const QString shown = column.language.isEmpty()
                                      ? column.base
                                      : column.base + QStringLiteral("::") + column.language;
            return Error(ErrorCode::Validation,
                         tr("%1 sheet: the column '%2' appears twice (columns %3 and %4); "
                            "delete or rename one of them.")
                             .arg(sheet.name(), shown, XlsxSheet::columnName(it.value()),
                                  XlsxSheet::columnName(i)));
        }
        seen.insert(key, i);
        header.m_columns.append(column);
    }
    return header;
}

int XlsFormHeader::indexOf(const QString &base) const
{
    for (const Column &column : m_columns) {
        if (column.base == base && column.language.isEmpty())
            return column.index;
    }
    return -1;
}

} // namespace vigia
