#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QSet>

namespace vigia {

class Database;

// Which text answers of a record may enter its list line and the full-text
// index (SearchIndex): all but those to fields its form version marks
// `sensitive` (docs/form-format.md), which only the open record shows.
//
// The op log knows no forms: the names come from `sensitive_fields`, which
// the store fills when a form version is imported (FormStore) and re-indexes
// that version's records then. A record whose form version has not been
// imported here has every answer indexed until it is.
class IndexableFields
{
public:
    explicit IndexableFields(Database &db);

    // Reads what (formId, version) marks sensitive, once per version until
    // forget(). A store older than the table (a migration in progress) marks
    // nothing.
    [[nodiscard]] Status load(const QByteArray &formId, const QByteArray &version);
    // Whether the answer at `field` (an address: "age", "members[2]/age") of
    // a record of the version last loaded may be indexed.
    [[nodiscard]] bool allows(const QByteArray &field) const;
    // Forgets what was read: a form may be imported before the next use.
    void forget()
    {
        m_current = nullptr;
        m_sensitive.clear();
    }

private:
    Database &m_db;
    QHash<QByteArray, QSet<QByteArray>> m_sensitive; // form id '\0' version -> names
    // Into m_sensitive: valid until the next load() or forget().
    const QSet<QByteArray> *m_current = nullptr;
};

} // namespace vigia
