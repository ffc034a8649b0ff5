#include "forms/XlsFormHeader.h"

#include <QHash>
#include <QRegularExpression>

namespace vigia {

namespace {

// Spellings older tools wrote, pyxform's friendlier names, and the ODK
// attribute names of the messages. Those that could be a choice's data
// column ("count", "calculate") apply to the survey sheet only.
QString canonicalBase(const QString &base, XlsFormHeader::Sheet sheet)
{
    static const QHash<QString, QString> common = {
        {QStringLiteral("list name"), QStringLiteral("list_name")},
        {QStringLiteral("caption"), QStringLiteral("label")},
        {QStringLiteral("requiredmsg"), QStringLiteral("required_message")},
        {QStringLiteral("jr:requiredmsg"), QStringLiteral("required_message")},
        {QStringLiteral("required message"), QStringLiteral("required_message")},
        {QStringLiteral("constraintmsg"), QStringLiteral("constraint_message")},
        {QStringLiteral("jr:constraintmsg"), QStringLiteral("constraint_message")},
        {QStringLiteral("constraint message"), QStringLiteral("constraint_message")},
        {QStringLiteral("constraining message"), QStringLiteral("constraint_message")},
        {QStringLiteral("guidance hint"), QStringLiteral("guidance_hint")},
    };
    static const QHash<QString, QString> survey = {
        {QStringLiteral("relevance"), QStringLiteral("relevant")},
        {QStringLiteral("readonly"), QStringLiteral("read_only")},
        {QStringLiteral("calculate"), QStringLiteral("calculation")},
        {QStringLiteral("choice filter"), QStringLiteral("choice_filter")},
        {QStringLiteral("repeat count"), QStringLiteral("repeat_count")},
        {QStringLiteral("count"), QStringLiteral("repeat_count")},
        {QStringLiteral("jr:count"), QStringLiteral("repeat_count")},
        {QStringLiteral("command"), QStringLiteral("type")},
    };
    static const QHash<QString, QString> settings = {
        {QStringLiteral("set form title"), QStringLiteral("form_title")},
        {QStringLiteral("set form id"), QStringLiteral("form_id")},
    };
    if (auto it = common.constFind(base); it != common.cend())
        return it.value();
    const auto &own = sheet == XlsFormHeader::Sheet::Survey     ? survey
                      : sheet == XlsFormHeader::Sheet::Settings ? settings
                                                                : common;
    return own.value(base, base);
}

// What a "bind::", "control::" or "media::" column means when Vigia has a
// column of its own for it ("bind::relevant" is relevant); empty otherwise,
// and the column is kept whole as an attribute.
QString prefixedBase(const QString &prefix, const QString &name)
{
    static const QHash<QString, QString> bind = {
        {QStringLiteral("relevant"), QStringLiteral("relevant")},
        {QStringLiteral("required"), QStringLiteral("required")},
        {QStringLiteral("constraint"), QStringLiteral("constraint")},
        {QStringLiteral("calculate"), QStringLiteral("calculation")},
        {QStringLiteral("readonly"), QStringLiteral("read_only")},
        {QStringLiteral("jr:constraintmsg"), QStringLiteral("constraint_message")},
        {QStringLiteral("jr:requiredmsg"), QStringLiteral("required_message")},
    };
    static const QHash<QString, QString> control = {
        {QStringLiteral("appearance"), QStringLiteral("appearance")},
        {QStringLiteral("jr:count"), QStringLiteral("repeat_count")},
    };
    if (prefix == u"bind")
        return bind.value(name);
    if (prefix == u"control" || prefix == u"body")
        return control.value(name);
    if (prefix == u"media")
        return XlsFormHeader::isMediaColumn(name) ? name : QString();
    return {};
}

// pyxform's "tag" and "value" for name: only when the sheet has no name
// column, so that a choices sheet with both keeps its value column as data.
const QStringList &weakNameAliases()
{
    static const QStringList names = {QStringLiteral("value"), QStringLiteral("tag")};
    return names;
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

Result<XlsFormHeader> XlsFormHeader::read(const XlsxSheet &sheet, Sheet kind)
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
            if (isTextColumn(canonicalBase(single.first(), kind)) || isMediaColumn(single.first()))
                parts = single;
        }
        // "bind::relevant", "control::appearance", "media::image::es": the
        // column Vigia knows, with the language that follows.
        if (parts.size() > 1) {
            const QString known = prefixedBase(parts.first(), parts.at(1).trimmed());
            if (!known.isEmpty()) {
                parts.removeFirst();
                parts.first() = known;
            }
        }
        const QString base = canonicalBase(parts.first().trimmed(), kind);
        if (parts.size() == 2 && (isTextColumn(base) || isMediaColumn(base))) {
            column.base = base;
            // The language keeps its original case until languageCode lowers it.
            column.language = languageCode(raw.section(u':', -1));
        } else if (parts.size() == 1) {
            column.base = base;
        } else {
            column.base = lower; // bind::odk:length, body::…: kept whole as an attribute
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
    if (kind != Sheet::Settings && header.indexOf(QStringLiteral("name")) < 0) {
        for (Column &column : header.m_columns) {
            if (column.language.isEmpty() && weakNameAliases().contains(column.base)) {
                column.base = QStringLiteral("name");
                break;
            }
        }
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
