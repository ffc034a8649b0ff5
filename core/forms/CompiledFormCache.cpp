#include "forms/CompiledFormCache.h"

#include <QCryptographicHash>
#include <QMutexLocker>

#include <algorithm>

namespace vigia {

namespace {

// Feeds a definition to a hash in a form where no two definitions give the
// same bytes: every text and every list is preceded by its length.
class Fingerprinter
{
public:
    void add(qint64 number)
    {
        m_hash.addData(QByteArrayView(reinterpret_cast<const char *>(&number), sizeof number));
    }
    void add(bool flag) { add(qint64(flag ? 1 : 0)); }
    void add(const QString &text)
    {
        add(qint64(text.size()));
        // constData(), not utf16(): utf16() reallocates a string whose data
        // is static (every QStringLiteral) to end it with a null, writing to
        // a string that the copies of one definition share between threads.
        m_hash.addData(QByteArrayView(reinterpret_cast<const char *>(text.constData()),
                                      text.size() * qsizetype(sizeof(char16_t))));
    }
    void add(const QMap<QString, QString> &strings)
    {
        add(qint64(strings.size()));
        for (auto it = strings.cbegin(); it != strings.cend(); ++it) {
            add(it.key());
            add(it.value());
        }
    }
    void add(const FormText &text) { add(text.texts()); }
    void add(const QMap<QString, FormText> &texts)
    {
        add(qint64(texts.size()));
        for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
            add(it.key());
            add(it.value());
        }
    }
    void add(const FormRow &row)
    {
        add(row.type().name());
        add(row.name());
        add(row.texts());
        add(row.media());
        add(row.properties());
        add(row.isSensitive());
        add(row.isCoding());
        add(row.listName());
        add(row.orOther());
        add(row.attributes());
        add(qint64(row.children().size()));
        for (const FormRow &child : row.children())
            add(child);
    }
    void add(const FormChoice &choice)
    {
        add(choice.listName());
        add(choice.name());
        add(choice.label());
        add(choice.media());
        add(choice.attributes());
    }

    [[nodiscard]] QByteArray result() const { return m_hash.result(); }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

} // namespace

CompiledFormCache::CompiledFormCache(int capacity)
    : m_capacity(std::max(1, capacity))
{}

CompiledFormCache &CompiledFormCache::global()
{
    static CompiledFormCache cache;
    return cache;
}

QByteArray CompiledFormCache::fingerprint(const FormDefinition &definition)
{
    Fingerprinter print;
    print.add(definition.formId());
    print.add(definition.version());
    print.add(definition.title());
    print.add(definition.defaultLanguage());
    print.add(definition.attributes());
    print.add(qint64(definition.rows().size()));
    for (const FormRow &row : definition.rows())
        print.add(row);
    print.add(qint64(definition.choices().size()));
    for (const FormChoice &choice : definition.choices())
        print.add(choice);
    return print.result();
}

Result<CompiledForm::Ptr> CompiledFormCache::get(const FormDefinition &definition)
{
    const QByteArray print = fingerprint(definition);
    {
        const QMutexLocker lock(&m_mutex);
        if (CompiledForm::Ptr hit = lookup(definition, print))
            return hit;
    }
    // Compiled without the lock, so that a large form does not hold up
    // records of other forms opening meanwhile.
    auto compiled = CompiledForm::compile(definition);
    if (!compiled)
        return compiled.error();
    const QMutexLocker lock(&m_mutex);
    // Another thread may have compiled the same definition meanwhile: keep
    // the first, so that every caller shares one instance.
    if (CompiledForm::Ptr hit = lookup(definition, print))
        return hit;
    m_entries.prepend({definition.formId(), definition.version(), print, compiled.value()});
    while (m_entries.size() > m_capacity)
        m_entries.removeLast();
    return compiled.value();
}

CompiledForm::Ptr CompiledFormCache::lookup(const FormDefinition &definition,
                                            const QByteArray &fingerprint)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries.at(i);
        if (entry.formId != definition.formId() || entry.version != definition.version() ||
            entry.fingerprint != fingerprint)
            continue;
        // The fingerprint cannot tell apart what it was not taught about (a
        // member added to FormRow later); the definition itself can.
        if (!(entry.form->definition() == definition)) {
            m_entries.removeAt(i);
            return {};
        }
        CompiledForm::Ptr form = entry.form;
        m_entries.move(i, 0);
        return form;
    }
    return {};
}

int CompiledFormCache::size() const
{
    const QMutexLocker lock(&m_mutex);
    return int(m_entries.size());
}

void CompiledFormCache::clear()
{
    const QMutexLocker lock(&m_mutex);
    m_entries.clear();
}

} // namespace vigia
