#include "forms/XlsFormTypeName.h"

#include "forms/XlsFormTypeAliases.h"

#include <QRegularExpression>
#include <QStringList>

namespace vigia {

XlsFormTypeName XlsFormTypeName::parse(const QString &cell)
{
    XlsFormTypeName result;
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString text = cell.trimmed();
    text.replace(spaces, QStringLiteral(" "));
    const QString lower = text.toLower();

    // Groups, repeats and loops, with a space, an underscore or nothing
    // between the words; "lgroup" and "looped group" are pyxform's repeats.
    static const QRegularExpression boundary(
        QStringLiteral("^(begin|end) ?_?(group|repeat|loop|looped group|lgroup)(?: over (\\S+))?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = boundary.match(text); m.hasMatch()) {
        result.m_boundary = m.captured(1).toLower() == u"begin" ? Boundary::Begin : Boundary::End;
        const QString what = m.captured(2).toLower();
        result.m_loop = what == u"loop";
        const bool repeat = what == u"repeat" || what == u"lgroup" || what == u"looped group";
        result.m_type =
            FormType::fromName(repeat ? QStringLiteral("repeat") : QStringLiteral("group"));
        result.m_listName = m.captured(3);
        return result;
    }

    // Selects in every spelling: the type words, the list, and "or other".
    for (const QString &spelling : XlsFormTypeAliases::selectSpellings()) {
        if (!lower.startsWith(spelling + u' '))
            continue;
        const QString rest = text.mid(spelling.size() + 1);
        static const QRegularExpression listAndOther(
            QStringLiteral("^(\\S+)(?: (or_other|or specify other|or other))?$"),
            QRegularExpression::CaseInsensitiveOption);
        const auto m = listAndOther.match(rest);
        if (!m.hasMatch())
            break; // words after the list: reported below as an unknown type
        result.m_type = FormType::fromName(XlsFormTypeAliases::selectType(spelling));
        result.m_listName = m.captured(1);
        result.m_orOther = !m.captured(2).isEmpty();
        return result;
    }

    if (const auto alias = XlsFormTypeAliases::find(lower); !alias.type.isEmpty()) {
        result.m_type = FormType::fromName(alias.type);
        result.m_constraint = alias.constraint;
        return result;
    }

    // "osm list", a bare "select_one", or a name Vigia does not know.
    QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return result;
    const QString first = words.first().toLower();
    const QString select = XlsFormTypeAliases::selectType(first);
    result.m_type = FormType::fromName(select.isEmpty() ? first : select);
    if (words.size() >= 2)
        result.m_listName = words.at(1);
    if (words.size() > 2)
        result.m_type = FormType::fromName(text); // nothing Vigia knows: Unknown, named whole
    return result;
}

} // namespace vigia
