#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace vigia {

// One text of a form (a label, a hint, a message) in each language it was
// written in, keyed by language code ("en", "es") or, for a workbook column
// without a language, by "default". (The brief calls this LocalizedText; the
// file naming rule of core/forms wants the Form prefix.)
class FormText
{
public:
    FormText() = default;

    [[nodiscard]] bool isEmpty() const { return m_texts.isEmpty(); }
    [[nodiscard]] QStringList languages() const { return m_texts.keys(); }
    [[nodiscard]] const QMap<QString, QString> &texts() const { return m_texts; }
    // Exactly the text in `language`, empty when there is none.
    [[nodiscard]] QString value(const QString &language) const { return m_texts.value(language); }
    // Empty text is not stored, so that "has a label" means "shows something".
    void set(const QString &language, const QString &text);

    // What a person reading in `language` should see: that language's text,
    // else the form's default language, else any language present (the first
    // by code, so the choice is stable). Never empty when any text exists.
    [[nodiscard]] QString text(const QString &language, const QString &defaultLanguage = {}) const;

    friend bool operator==(const FormText &, const FormText &) = default;

private:
    QMap<QString, QString> m_texts;
};

} // namespace vigia
