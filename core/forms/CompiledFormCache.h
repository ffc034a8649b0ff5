#pragma once

#include "common/Result.h"
#include "forms/CompiledForm.h"
#include "forms/FormDefinition.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>

namespace vigia {

// The compiled forms of the form versions in use, so that opening a record
// does not parse its form again. Keyed by form id, version and a fingerprint
// of the whole definition: a definition that changed under the same version
// (an author re-importing a workbook while testing) is compiled afresh, and
// a hit is also compared with the definition itself, so that a stale compile
// is never reused. Holds at most capacity() forms and forgets the least
// recently used first; FormSessions keep theirs alive past eviction.
// Thread-safe: FormSession::start may run on any thread.
class CompiledFormCache
{
public:
    static constexpr int kDefaultCapacity = 32;

    explicit CompiledFormCache(int capacity = kDefaultCapacity);
    CompiledFormCache(const CompiledFormCache &) = delete;
    CompiledFormCache &operator=(const CompiledFormCache &) = delete;

    // The one CompiledForm::get() uses.
    [[nodiscard]] static CompiledFormCache &global();

    // The cached compile of `definition`, else a new one (then cached).
    // Compile errors are returned and not cached. Callers racing on the same
    // definition all receive the same instance.
    [[nodiscard]] Result<CompiledForm::Ptr> get(const FormDefinition &definition);

    [[nodiscard]] int size() const;
    [[nodiscard]] int capacity() const { return m_capacity; }
    void clear();

    // SHA-256 over every part of the definition that operator== compares,
    // each text length-prefixed so that no two definitions run together.
    [[nodiscard]] static QByteArray fingerprint(const FormDefinition &definition);

private:
    struct Entry
    {
        QString formId;
        QString version;
        QByteArray fingerprint;
        CompiledForm::Ptr form;
    };

    // The entry for `definition`, moved to the front as the most recently
    // used; null when there is none. Drops an entry whose key matches but
    // whose definition does not. Call with m_mutex held.
    [[nodiscard]] CompiledForm::Ptr lookup(const FormDefinition &definition,
                                           const QByteArray &fingerprint);

    const int m_capacity;
    mutable QMutex m_mutex;
    QList<Entry> m_entries; // most recently used first
};

} // namespace vigia
