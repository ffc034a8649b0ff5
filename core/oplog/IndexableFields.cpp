#include "oplog/IndexableFields.h"

#include "db/Database.h"
#include "db/Statement.h"
#include "db/StatementCache.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace vigia {

namespace {
// The field's own name: the address's last step, without an instance number.
QByteArrayView nameOf(const QByteArray &field)
{
    QByteArrayView name(field);
    if (const qsizetype slash = name.lastIndexOf('/'); slash >= 0)
        name = name.sliced(slash + 1);
    if (const qsizetype bracket = name.indexOf('['); bracket >= 0)
        name = name.first(bracket);
    return name;
}
} // namespace

IndexableFields::IndexableFields(Database &db)
    : m_db(db)
{}

Status IndexableFields::load(const QByteArray &formId, const QByteArray &version)
{
    QByteArray key = formId;
    key += '\0';
    key += version;
    if (auto it = m_sensitive.constFind(key); it != m_sensitive.constEnd()) {
        m_current = &it.value();
        return {};
    }
    QSet<QByteArray> names;
    // From the statement cache: SearchIndex forgets after every batch, so
    // this runs once per saved record. In a store migrating from before the
    // table nothing can be prepared (and nothing is cached): every answer is
    // indexed.
    Statement st(m_db.statements(), "SELECT name FROM sensitive_fields WHERE form_id = ?1 AND "
                                    "form_version = ?2");
    if (st.isValid()) {
        st.bindTextUtf8(1, formId).bindTextUtf8(2, version);
        int rc;
        while ((rc = st.step()) == SQLITE_ROW)
            names.insert(st.columnBlob(0));
        if (rc != SQLITE_DONE)
            return m_db.errorFor(rc, QCoreApplication::translate("vigia::IndexableFields",
                                                                 "reading the sensitive fields"));
    }
    m_current = &*m_sensitive.insert(key, names);
    return {};
}

bool IndexableFields::allows(const QByteArray &field) const
{
    return !m_current || m_current->isEmpty() || !m_current->contains(nameOf(field).toByteArray());
}

} // namespace vigia
