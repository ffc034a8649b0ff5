#include "forms/FormText.h"

namespace vigia {

void FormText::set(const QString &language, const QString &text)
{
    if (text.isEmpty())
        m_texts.remove(language);
    else
        m_texts.insert(language, text);
}

QString FormText::text(const QString &language, const QString &defaultLanguage) const
{
    if (m_texts.isEmpty())
        return {};
    if (auto it = m_texts.constFind(language); it != m_texts.cend())
        return it.value();
    if (auto it = m_texts.constFind(defaultLanguage); it != m_texts.cend())
        return it.value();
    return m_texts.cbegin().value();
}

} // namespace vigia
