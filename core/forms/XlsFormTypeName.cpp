#include "forms/XlsFormTypeName.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace vigia {

namespace {

QString aliased(const QString &name)
{
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("string"), QStringLiteral("text")},
        {QStringLiteral("int"), QStringLiteral("integer")},
        {QStringLiteral("trigger"), QStringLiteral("acknowledge")},
        {QStringLiteral("phone number"), QStringLiteral("text")},
        {QStringLiteral("select one"), QStringLiteral("select_one")},
        {QStringLiteral("select all that apply"), QStringLiteral("select_multiple")},
        {QStringLiteral("select multiple"), QStringLiteral("select_multiple")},
        {QStringLiteral("geo point"), QStringLiteral("geopoint")},
    };
    return aliases.value(name, name);
}

} // namespace

XlsFormTypeName XlsFormTypeName::parse(const QString &cell)
{
    XlsFormTypeName result;
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString text = cell.trimmed();
    text.replace(spaces, QStringLiteral(" "));
    const QString lower = text.toLower();

    // Groups, repeats and loops, with a space or an underscore.
    static const QRegularExpression boundary(
        QStringLiteral("^(begin|end)[ _](group|repeat|loop)(?: over (\\S+))?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = boundary.match(text); m.hasMatch()) {
        result.m_boundary = m.captured(1).toLower() == u"begin" ? Boundary::Begin : Boundary::End;
        const QString what = m.captured(2).toLower();
        result.m_loop = what == u"loop";
        result.m_type = FormType::fromName(what == u"repeat" ? QStringLiteral("repeat")
                                                             : QStringLiteral("group"));
        result.m_listName = m.captured(3);
        return result;
    }

    // The older "select one from list or specify other".
    static const QRegularExpression oldSelect(
        QStringLiteral("^(select one|select all that apply|select multiple) from (\\S+)"
                       "( or specify other)?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = oldSelect.match(text); m.hasMatch()) {
        result.m_type = FormType::fromName(aliased(m.captured(1).toLower()));
        result.m_listName = m.captured(2);
        result.m_orOther = !m.captured(3).isEmpty();
        return result;
    }

    if (aliased(lower) != lower) {
        result.m_type = FormType::fromName(aliased(lower));
        return result;
    }

    // "select_one list [or_other]", "select_one_from_file file.csv", "osm list", "rank list".
    QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return result;
    result.m_type = FormType::fromName(aliased(words.first().toLower()));
    if (words.size() >= 2)
        result.m_listName = words.at(1);
    if (words.size() == 3 && words.at(2).toLower() == u"or_other")
        result.m_orOther = true;
    else if (words.size() > 2)
        result.m_type = FormType::fromName(text); // nothing Vigia knows: Unknown, named whole
    return result;
}

} // namespace vigia
