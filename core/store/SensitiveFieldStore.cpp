#include "store/SensitiveFieldStore.h"

#include "common/LogCategories.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "forms/FormDefinition.h"
#include "forms/FormJson.h"
#include "forms/SensitiveFields.h"
#include "oplog/SearchIndex.h"

#include <sqlite3.h>

namespace vigia {

namespace {
Error failed(Database &db, int rc)
{
    return db.errorFor(rc, SensitiveFieldStore::tr("updating the sensitive fields"));
}

// Writes the names; true in `reindexed` when records of the version had to
// leave the index.
Status store(Database &db, const FormDefinition &form, bool &reindexed)
{
    reindexed = false;
    const QStringList names = SensitiveFields::of(form);
    if (names.isEmpty())
        return {};
    {
        Statement st(db.handle(), "INSERT OR IGNORE INTO sensitive_fields(form_id, "
                                  "form_version, name) VALUES (?1, ?2, ?3)");
        for (const QString &name : names) {
            st.bindText(1, form.formId()).bindText(2, form.version()).bindText(3, name);
            if (const int rc = st.run(); rc != SQLITE_DONE)
                return failed(db, rc);
            st.reset();
        }
    }
    // Records written before this version was imported here were indexed
    // whole; the index takes their sensitive answers out with the text they
    // were indexed with (SearchIndex).
    SearchIndex index(db);
    Statement rows(db.handle(), "SELECT id FROM records WHERE form_id = ?1 AND form_version = ?2");
    rows.bindText(1, form.formId()).bindText(2, form.version());
    int rc;
    while ((rc = rows.step()) == SQLITE_ROW) {
        index.markChanged(rows.columnBlob(0));
        reindexed = true;
    }
    if (rc != SQLITE_DONE)
        return failed(db, rc);
    return index.flush();
}

// FTS5 marks removed entries and drops them from its pages only when it
// merges them: merged now, the answers are gone from the live index.
Status mergeIndex(Database &db)
{
    return db.exec("INSERT INTO record_text(record_text) VALUES ('optimize')");
}
} // namespace

Status SensitiveFieldStore::add(Database &db, const FormDefinition &form)
{
    bool reindexed = false;
    if (Status s = store(db, form, reindexed); !s)
        return s;
    return reindexed ? mergeIndex(db) : Status();
}

Status SensitiveFieldStore::rebuild(Database &db)
{
    Statement forms(db.handle(), "SELECT form_id, version, definition FROM forms");
    bool any = false;
    int rc;
    while ((rc = forms.step()) == SQLITE_ROW) {
        const QString source = forms.columnText(0) + QLatin1Char('@') + forms.columnText(1);
        auto form = FormJson::read(forms.columnBlob(2), source);
        if (!form) {
            // Stored by this program after validation; unreadable means damage.
            qCWarning(lcStore) << "form" << source << "not read:" << form.error().message();
            return form.error();
        }
        bool reindexed = false;
        if (Status s = store(db, form.value(), reindexed); !s)
            return s;
        any |= reindexed;
    }
    if (rc != SQLITE_DONE)
        return failed(db, rc);
    return any ? mergeIndex(db) : Status();
}

} // namespace vigia
