#include "store/Migrations.h"

#include "common/LogCategories.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "oplog/Projector.h"
#include "oplog/SearchIndex.h"
#include "store/SensitiveFieldStore.h"

#include <QCoreApplication>

#include <array>

namespace vigia {

namespace {

// Version 1: the op log, its projections and the local tables.
constexpr const char *kV1 = R"sql(
CREATE TABLE ops (
    origin    BLOB    NOT NULL,
    counter   INTEGER NOT NULL,
    hlc       INTEGER NOT NULL,
    entity    TEXT    NOT NULL,
    row       BLOB    NOT NULL,
    field     TEXT    NOT NULL,
    value     BLOB    NOT NULL,
    based_on  INTEGER NOT NULL,
    prev_hash BLOB    NOT NULL,
    hash      BLOB    NOT NULL,
    PRIMARY KEY (origin, counter)
) WITHOUT ROWID;

-- Ops that arrived before their predecessor in the device's chain. They are
-- merged as soon as the gap closes; until then `oplog verify` reports the gap.
CREATE TABLE pending_ops (
    origin  BLOB    NOT NULL,
    counter INTEGER NOT NULL,
    op      BLOB    NOT NULL,
    PRIMARY KEY (origin, counter)
) WITHOUT ROWID;

-- Local knowledge about each device's chain (not replicated).
CREATE TABLE chain_heads (
    origin      BLOB PRIMARY KEY,
    counter     INTEGER NOT NULL,
    hash        BLOB    NOT NULL,
    max_hlc     INTEGER NOT NULL DEFAULT 0,
    clock_ahead INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- The winning value of every (entity, row, field): the canonical projection.
-- `heads` lists, as canonical CBOR [[origin, counter, hlc, based_on], ...],
-- the ops on the key that no other op has seen (hlc above every based_on):
-- exactly what deciding conflicts needs, so merging never reads the log.
CREATE TABLE field_values (
    entity TEXT    NOT NULL,
    row    BLOB    NOT NULL,
    field  TEXT    NOT NULL,
    value  BLOB    NOT NULL,
    text   TEXT,
    hlc    INTEGER NOT NULL,
    origin BLOB    NOT NULL,
    heads  BLOB    NOT NULL,
    UNIQUE (entity, row, field)
);

CREATE TABLE conflicts (
    entity TEXT NOT NULL,
    row    BLOB NOT NULL,
    field  TEXT NOT NULL,
    ops    BLOB NOT NULL,
    PRIMARY KEY (entity, row, field)
) WITHOUT ROWID;

CREATE TABLE records (
    id           BLOB PRIMARY KEY,
    form_id      TEXT,
    form_version TEXT,
    status       TEXT,
    deleted      INTEGER NOT NULL DEFAULT 0,
    country      TEXT,
    event_date   TEXT,
    created_hlc  INTEGER,
    author       BLOB,
    updated_hlc  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX records_by_update ON records(updated_hlc DESC);
CREATE INDEX records_by_form ON records(form_id, updated_hlc DESC);
CREATE INDEX records_by_country ON records(country, updated_hlc DESC);

CREATE VIEW record_values AS
    SELECT row AS record_id, field, value, text, hlc, origin
    FROM field_values WHERE entity = 'record' AND substr(field, 1, 1) <> '_';

CREATE TABLE codes (
    id BLOB PRIMARY KEY, parent BLOB, name_en TEXT, name_es TEXT, name_pt TEXT,
    color TEXT, description TEXT, deleted INTEGER NOT NULL DEFAULT 0,
    updated_hlc INTEGER NOT NULL DEFAULT 0);
CREATE TABLE codings (
    id BLOB PRIMARY KEY, record_id BLOB, field TEXT, code_id BLOB, start_pos INTEGER,
    end_pos INTEGER, quote TEXT, memo TEXT, deleted INTEGER NOT NULL DEFAULT 0,
    updated_hlc INTEGER NOT NULL DEFAULT 0);
CREATE INDEX codings_by_record ON codings(record_id);
CREATE TABLE comments (
    id BLOB PRIMARY KEY, record_id BLOB, field TEXT, body TEXT, author BLOB,
    deleted INTEGER NOT NULL DEFAULT 0, updated_hlc INTEGER NOT NULL DEFAULT 0);
CREATE TABLE review_states (
    id BLOB PRIMARY KEY, state TEXT, note TEXT, reviewer BLOB,
    updated_hlc INTEGER NOT NULL DEFAULT 0);
CREATE TABLE devices (
    id BLOB PRIMARY KEY, name TEXT, role TEXT, sign_pk BLOB, box_pk BLOB,
    country_scope TEXT, approved INTEGER, deleted INTEGER NOT NULL DEFAULT 0,
    updated_hlc INTEGER NOT NULL DEFAULT 0);

-- Local only: this device's ops not yet acknowledged by a receipt.
CREATE TABLE outbox (
    counter   INTEGER PRIMARY KEY,
    bundle_id BLOB
);
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value BLOB
);
)sql";

// Version 2 (replaced by version 6): full-text search over record text values. An external-content
// index over field_values.text: the text is stored once, and the FTS row id is
// the field_values row id, so replacing a value replaces exactly its entry.
// Only record fields are indexed; never run the 'rebuild' command, which would
// index every entity's text.
constexpr const char *kV2 = R"sql(
CREATE VIRTUAL TABLE record_text USING fts5(
    text, content='field_values', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2');
INSERT INTO record_text(rowid, text)
    SELECT rowid, text FROM field_values
    WHERE entity = 'record' AND text IS NOT NULL AND substr(field, 1, 1) <> '_';
)sql";

// Version 3: imported form definitions, as canonical JSON per (form id,
// version). Local: forms are not synced through the op log yet.
constexpr const char *kV3 = R"sql(
CREATE TABLE forms (
    form_id      TEXT    NOT NULL,
    version      TEXT    NOT NULL,
    definition   BLOB    NOT NULL,
    imported_hlc INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (form_id, version)
) WITHOUT ROWID;
)sql";

// Version 4: the project this workspace belongs to (pinned key fingerprint
// and the current signed manifest), bundles applied, bundles held in
// quarantine, and which of this device's ops went into which bundle. All
// local: trust is decided per device, never replicated. docs/project-format.md.
constexpr const char *kV4 = R"sql(
CREATE TABLE project (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    project_id       BLOB    NOT NULL,
    key_fingerprint  BLOB    NOT NULL,
    invitation       BLOB,
    manifest         BLOB,
    manifest_version INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE applied_bundles (
    bundle_id   BLOB    PRIMARY KEY,
    sender      BLOB    NOT NULL,
    created_hlc INTEGER NOT NULL,
    op_count    INTEGER NOT NULL,
    applied_hlc INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE quarantine (
    bundle_id   BLOB    PRIMARY KEY,
    sender      BLOB    NOT NULL,
    file        TEXT    NOT NULL,
    created_hlc INTEGER NOT NULL,
    received_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE outbox_sent (
    bundle_id BLOB    NOT NULL,
    counter   INTEGER NOT NULL,
    PRIMARY KEY (bundle_id, counter)
) WITHOUT ROWID;
CREATE INDEX outbox_sent_by_counter ON outbox_sent(counter);
)sql";

// Version 5: concurrent ops writing equal values no longer conflict, so each
// entry of field_values.heads also carries its op's value key, and a few ops
// already seen are kept beside the unseen ones (docs/store.md, "Merge rules
// and conflicts"). No table changes: the heads and the open conflicts are
// recomputed from the log, which also closes conflicts opened between equal
// values.
constexpr const char *kV5 = "";

// Version 6: the search index moves from one entry per text value to one per
// record. Each record keeps its list text in `records` (summary: the
// narrative, else its longest text answer; other_text: every other text
// answer), and record_text indexes those columns under the record's row id,
// so neither listing nor searching looks up values per record
// (core/oplog/SearchIndex.h). The index's content is exactly the records
// with some text, so FTS5's integrity check and 'rebuild' hold. With the text
// in `records`, counting records by scanning the table reads every summary:
// records_by_filters holds every column a list filter tests, so counts scan
// it instead.
constexpr const char *kV6 = R"sql(
ALTER TABLE records ADD COLUMN summary TEXT;
ALTER TABLE records ADD COLUMN other_text TEXT;
CREATE INDEX records_by_filters ON records(deleted, form_id, status, country, event_date);
DROP TABLE record_text;
CREATE VIEW record_text_source AS
    SELECT rowid AS rid, summary, other_text FROM records
    WHERE summary IS NOT NULL OR other_text IS NOT NULL;
CREATE VIRTUAL TABLE record_text USING fts5(
    summary, other_text, content='record_text_source', content_rowid='rid',
    tokenize='unicode61 remove_diacritics 2');
)sql";

// Version 7: the sync module (core/sync, docs/sync.md). Local, never
// replicated. sync_outgoing keeps each bundle made for the hub with its bytes
// until the hub holds it (hub_seq set: "sent"; the bytes are then dropped), so a bundle is built
// once and an upload cut anywhere resumes the same bytes; sync_state holds the hub's address, the
// certificate pin, the listing cursors and the switch for automatic sync; sync_receipted the
// bundles a coordinator has receipted through the hub; sync_log the recent passes, for people.
constexpr const char *kV7 = R"sql(
CREATE TABLE sync_outgoing (
    bundle_id     BLOB    PRIMARY KEY,
    bytes         BLOB,
    op_count      INTEGER NOT NULL,
    first_counter INTEGER NOT NULL,
    created_at    INTEGER NOT NULL,
    upload_url    TEXT,
    hub_seq       INTEGER,
    sent_at       INTEGER
) WITHOUT ROWID;
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value
) WITHOUT ROWID;
CREATE TABLE sync_receipted (
    bundle_id BLOB PRIMARY KEY
) WITHOUT ROWID;
CREATE TABLE sync_log (
    id       INTEGER PRIMARY KEY,
    started  INTEGER NOT NULL,
    finished INTEGER NOT NULL,
    ok       INTEGER NOT NULL,
    sent     INTEGER NOT NULL,
    received INTEGER NOT NULL,
    receipts INTEGER NOT NULL,
    message  TEXT
);
)sql";

// Version 8: redaction (docs/store.md, "Redaction"). Ops of format 2 keep
// their value's digest (value_hash) and chain over it, so a value can be
// removed and the chain still verifies; `format` tells the two hash rules
// apart. A redacted current value keeps its merge key in
// field_values.redacted_key. `redactions` holds, per key, the newest hlc up
// to which values were removed, so an op arriving later is stored without
// its value. Value keys become digests, so every key's kept ops are
// recomputed (Projector::rekeyValues).
constexpr const char *kV8 = R"sql(
ALTER TABLE ops ADD COLUMN value_hash BLOB;
ALTER TABLE ops ADD COLUMN format INTEGER NOT NULL DEFAULT 1;
ALTER TABLE field_values ADD COLUMN redacted_key BLOB;
CREATE TABLE redactions (
    entity     TEXT    NOT NULL,
    row        BLOB    NOT NULL,
    field      TEXT    NOT NULL,
    before_hlc INTEGER NOT NULL,
    PRIMARY KEY (entity, row, field)
) WITHOUT ROWID;
)sql";

// Version 9: answers to fields their form marks `sensitive` leave the list
// line and the search index (docs/store.md). sensitive_fields names them per
// form version; it is filled from `forms` here and at every import
// (SensitiveFieldStore), and read while indexing (IndexableFields). The
// records of those versions are re-indexed without them, FTS5 removing each
// old entry with the text it was indexed with, then the index is merged.
constexpr const char *kV9 = R"sql(
CREATE TABLE sensitive_fields (
    form_id      TEXT NOT NULL,
    form_version TEXT NOT NULL,
    name         TEXT NOT NULL,
    PRIMARY KEY (form_id, form_version, name)
) WITHOUT ROWID;
)sql";

// Version 10: the coordinator's inbox (docs/store.md, "The inbox"). `inbox`
// holds one row per bundle received, from a file or the hub, whatever became
// of it (applied, already applied, quarantined, refused with the error's
// message); `bundle_ops` links each op received to the first bundle that
// brought it, for history and "open the records a bundle changed". Local:
// what this device received is nobody else's business.
constexpr const char *kV10 = R"sql(
CREATE TABLE inbox (
    id           INTEGER PRIMARY KEY,
    bundle_id    BLOB,
    sender       BLOB,
    created_hlc  INTEGER,
    received_at  INTEGER NOT NULL,
    file         TEXT,
    op_count     INTEGER NOT NULL DEFAULT 0,
    record_count INTEGER,
    state        TEXT    NOT NULL,
    reason       TEXT
);
CREATE INDEX inbox_by_bundle ON inbox(bundle_id);
CREATE TABLE bundle_ops (
    origin    BLOB    NOT NULL,
    counter   INTEGER NOT NULL,
    bundle_id BLOB    NOT NULL,
    PRIMARY KEY (origin, counter)
) WITHOUT ROWID;
CREATE INDEX bundle_ops_by_bundle ON bundle_ops(bundle_id);
)sql";

// Version 11: op streams by audience (docs/store.md, "Streams by
// audience"). stream_sent and stream_acks are the per-recipient cursors of
// this device's derived streams (StreamCursors). A store that already holds
// a device re-publishes, once, what it wrote of the project-wide state before
// streams existed (StreamMigration): the flag says it is still to do.
constexpr const char *kV11 = R"sql(
CREATE TABLE stream_sent (
    bundle_id BLOB    NOT NULL,
    recipient BLOB    NOT NULL,
    origin    BLOB    NOT NULL,
    counter   INTEGER NOT NULL,
    PRIMARY KEY (bundle_id, recipient, origin)
) WITHOUT ROWID;
CREATE TABLE stream_acks (
    recipient BLOB    NOT NULL,
    origin    BLOB    NOT NULL,
    counter   INTEGER NOT NULL,
    PRIMARY KEY (recipient, origin)
) WITHOUT ROWID;
INSERT OR IGNORE INTO settings(key, value)
    SELECT 'streams_republish', 1 WHERE EXISTS (SELECT 1 FROM ops);
)sql";

// Version 12: whether a row ever left this device (OpLog::isShared, asked
// for every comment and for every write that keeps a record's chain) read
// the whole op log: with two million ops, about 0.6 s per comment. The
// index holds each op's row and entity (and its key), so the answer is one
// lookup.
constexpr const char *kV12 = R"sql(
CREATE INDEX ops_by_row ON ops(row, entity);
)sql";

// Version 13: the review state a list filters on, kept in `records`. It was
// a correlated lookup of review_states per record, which needs each record's
// id and status: counting the "needs review" list read every row of
// `records` through the encrypted store (about 2 s at 100 000 records,
// against 0.15 s for the plain list). `review` is what that lookup gave (a
// finalized record without a review state is "received"), kept by triggers
// on both tables so that no writer has to know, and the index covers the
// count. The triggers on `records` do nothing in the common case (a record
// created before it is finalized, a status written again unchanged): a
// record's row is written once per op already.
constexpr const char *kV13 = R"sql(
ALTER TABLE records ADD COLUMN review TEXT;
UPDATE records SET review = coalesce(
    (SELECT v.state FROM review_states v WHERE v.id = records.id),
    CASE WHEN status = 'finalized' THEN 'received' END);
CREATE INDEX records_by_review ON records(deleted, review, form_id);
CREATE TRIGGER records_review_on_insert AFTER INSERT ON records
WHEN NEW.status = 'finalized' OR EXISTS (SELECT 1 FROM review_states v WHERE v.id = NEW.id)
BEGIN
    UPDATE records SET review = coalesce(
        (SELECT v.state FROM review_states v WHERE v.id = NEW.id),
        CASE WHEN NEW.status = 'finalized' THEN 'received' END)
    WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER records_review_on_status AFTER UPDATE OF status ON records
WHEN OLD.status IS NOT NEW.status
BEGIN
    UPDATE records SET review = coalesce(
        (SELECT v.state FROM review_states v WHERE v.id = NEW.id),
        CASE WHEN NEW.status = 'finalized' THEN 'received' END)
    WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER review_on_insert AFTER INSERT ON review_states BEGIN
    UPDATE records SET review = coalesce(NEW.state,
        CASE WHEN status = 'finalized' THEN 'received' END)
    WHERE id = NEW.id;
END;
CREATE TRIGGER review_on_update AFTER UPDATE OF state ON review_states BEGIN
    UPDATE records SET review = coalesce(NEW.state,
        CASE WHEN status = 'finalized' THEN 'received' END)
    WHERE id = NEW.id;
END;
CREATE TRIGGER review_on_delete AFTER DELETE ON review_states BEGIN
    UPDATE records SET review = CASE WHEN status = 'finalized' THEN 'received' END
    WHERE id = OLD.id;
END;
)sql";

// Version 14: a record's answers read without a row lookup each. Reading
// a page of records' answers (an export, monitoring's reports) found each
// answer in the unique index and then its row in the table: at 100 000
// records of 20 answers the index (about 100 MB) no longer fits the cache
// and every answer cost a second B-tree descent and pages opened again
// through the encrypted store. This index holds what those reads take
// (record_values' columns `record_id`, `field`, `value`), so SQLite answers
// them from it alone ("USING COVERING INDEX"); only answers, not a record's
// own fields ('_'), so those writes do not maintain it.
constexpr const char *kV14 = R"sql(
CREATE INDEX field_values_answers ON field_values(entity, row, field, value)
    WHERE entity = 'record' AND substr(field, 1, 1) <> '_';
)sql";

// Version 15: the number of records a list shows, kept rather than counted.
// The Records view counts right after its first page: at 100 000 records
// the exact count read every page of records_by_filters, each decrypted
// through the encrypted store (16 ms of a 23 ms cold opening); an export
// counts a form version's records for its progress bar. The tally holds one
// row per (form, version, status, country, review) of the live records, so
// a count filtered by any of those (not by dates or words) sums a few rows.
// Triggers keep it, as for `review`, so no writer has to know. Every change
// is an upsert of +1 or -1: the triggers on `records` fire in either order
// (the review trigger updates the row the insert trigger counts), and a
// decrement that arrives before its increment must not be lost.
constexpr const char *kV15 = R"sql(
CREATE TABLE record_tally (
    form_id TEXT NOT NULL,
    form_version TEXT NOT NULL,
    status TEXT NOT NULL,
    country TEXT NOT NULL,
    review TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (form_id, form_version, status, country, review)
) WITHOUT ROWID;
INSERT INTO record_tally
    SELECT form_id, ifnull(form_version, ''), ifnull(status, ''), ifnull(country, ''),
        ifnull(review, ''), count(*)
    FROM records WHERE form_id IS NOT NULL AND deleted = 0 GROUP BY 1, 2, 3, 4, 5;
CREATE TRIGGER record_tally_on_insert AFTER INSERT ON records
WHEN NEW.form_id IS NOT NULL AND NEW.deleted = 0
BEGIN
    INSERT INTO record_tally VALUES (NEW.form_id, ifnull(NEW.form_version, ''),
        ifnull(NEW.status, ''), ifnull(NEW.country, ''), ifnull(NEW.review, ''), 1)
    ON CONFLICT DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER record_tally_on_delete AFTER DELETE ON records
WHEN OLD.form_id IS NOT NULL AND OLD.deleted = 0
BEGIN
    INSERT INTO record_tally VALUES (OLD.form_id, ifnull(OLD.form_version, ''),
        ifnull(OLD.status, ''), ifnull(OLD.country, ''), ifnull(OLD.review, ''), -1)
    ON CONFLICT DO UPDATE SET n = n - 1;
END;
CREATE TRIGGER record_tally_on_update
AFTER UPDATE OF form_id, form_version, status, country, review, deleted ON records
WHEN OLD.form_id IS NOT NEW.form_id OR OLD.form_version IS NOT NEW.form_version
    OR OLD.status IS NOT NEW.status OR OLD.country IS NOT NEW.country
    OR OLD.review IS NOT NEW.review OR OLD.deleted IS NOT NEW.deleted
BEGIN
    INSERT INTO record_tally SELECT OLD.form_id, ifnull(OLD.form_version, ''),
        ifnull(OLD.status, ''), ifnull(OLD.country, ''), ifnull(OLD.review, ''), -1
    WHERE OLD.form_id IS NOT NULL AND OLD.deleted = 0
    ON CONFLICT DO UPDATE SET n = n - 1;
    INSERT INTO record_tally SELECT NEW.form_id, ifnull(NEW.form_version, ''),
        ifnull(NEW.status, ''), ifnull(NEW.country, ''), ifnull(NEW.review, ''), 1
    WHERE NEW.form_id IS NOT NULL AND NEW.deleted = 0
    ON CONFLICT DO UPDATE SET n = n + 1;
END;
)sql";

// Version 16: field_values keyed by its key. It was a rowid table with a
// unique index on (entity, row, field) and, since version 14, a second index
// holding each answer's value: every value written went into three B-trees.
// Clustered on its key, the table is its own index: one B-tree per value,
// a record's values are read together from adjacent pages, and the answers
// a page of records reads come from the table itself. The `text` column
// goes too: it held a second copy of every text value, which readers now
// take from `value` (CanonicalCbor::textPayload), as the projector always
// derived it.
constexpr const char *kV16 = R"sql(
DROP VIEW record_values;
DROP INDEX field_values_answers;
CREATE TABLE field_values_keyed (
    entity       TEXT    NOT NULL,
    row          BLOB    NOT NULL,
    field        TEXT    NOT NULL,
    value        BLOB    NOT NULL,
    hlc          INTEGER NOT NULL,
    origin       BLOB    NOT NULL,
    heads        BLOB    NOT NULL,
    redacted_key BLOB,
    PRIMARY KEY (entity, row, field)
) WITHOUT ROWID;
INSERT INTO field_values_keyed
    SELECT entity, row, field, value, hlc, origin, heads, redacted_key FROM field_values;
DROP TABLE field_values;
ALTER TABLE field_values_keyed RENAME TO field_values;
CREATE VIEW record_values AS
    SELECT row AS record_id, field, value, hlc, origin
    FROM field_values WHERE entity = 'record' AND substr(field, 1, 1) <> '_';
)sql";

// Version 17: which bundle brought each op, as runs of counters. bundle_ops
// held one row per op (and an index entry by bundle): a bundle of 100 000
// ops wrote 200 000 B-tree entries, a tenth of its import. A bundle carries
// a device's ops in order, so a run (origin, first, last) is one row for
// them all. Runs of one origin never overlap: the first bundle keeps an op.
constexpr const char *kV17 = R"sql(
CREATE TABLE bundle_runs (
    origin       BLOB    NOT NULL,
    from_counter INTEGER NOT NULL,
    to_counter   INTEGER NOT NULL,
    bundle_id    BLOB    NOT NULL,
    PRIMARY KEY (origin, from_counter)
) WITHOUT ROWID;
CREATE INDEX bundle_runs_by_bundle ON bundle_runs(bundle_id);
INSERT INTO bundle_runs
    SELECT origin, min(counter), max(counter), bundle_id FROM (
        SELECT origin, counter, bundle_id, counter - row_number() OVER (
            PARTITION BY origin, bundle_id ORDER BY counter) AS island
        FROM bundle_ops)
    GROUP BY origin, bundle_id, island;
DROP TABLE bundle_ops;
)sql";

// Version 18: the search index keeps no column sizes. They serve ranking
// (bm25), which no search here uses, and cost a B-tree write for every
// record saved or merged. The index is rebuilt from the records' text.
constexpr const char *kV18 = R"sql(
DROP TABLE record_text;
CREATE VIRTUAL TABLE record_text USING fts5(
    summary, other_text, content='record_text_source', content_rowid='rid',
    columnsize=0, tokenize='unicode61 remove_diacritics 2');
INSERT INTO record_text(record_text) VALUES ('rebuild');
)sql";

struct Step
{
    const char *sql;
    Status (*after)(Database &db); // nullptr: the SQL is the whole step
};

const std::array<Step, 18> kSteps = {{{kV1, nullptr},
                                      {kV2, nullptr},
                                      {kV3, nullptr},
                                      {kV4, nullptr},
                                      {kV5, &Projector::rebuildConflicts},
                                      {kV6, &SearchIndex::rebuild},
                                      {kV7, nullptr},
                                      {kV8, &Projector::rekeyValues},
                                      {kV9, &SensitiveFieldStore::rebuild},
                                      {kV10, nullptr},
                                      {kV11, nullptr},
                                      {kV12, nullptr},
                                      {kV13, nullptr},
                                      {kV14, nullptr},
                                      {kV15, nullptr},
                                      {kV16, nullptr},
                                      {kV17, nullptr},
                                      {kV18, nullptr}}};

} // namespace

int Migrations::latestVersion()
{
    return int(kSteps.size());
}

Result<std::unique_ptr<Database>> Migrations::open(const QString &path,
                                                   std::shared_ptr<const SecretBytes> storeKey)
{
    auto db = Database::open(path, std::move(storeKey));
    if (!db)
        return db.error();
    if (Status s = migrate(*db.value()); !s)
        return s.error();
    return db;
}

Status Migrations::migrate(Database &db)
{
    return migrateTo(db, latestVersion());
}

Status Migrations::migrateTo(Database &db, int target)
{
    auto current = db.userVersion();
    if (!current)
        return current.error();
    if (current.value() > latestVersion()) {
        return Error(ErrorCode::TooNew,
                     QCoreApplication::translate("vigia::Migrations",
                                                 "The store %1 was written by a newer version of "
                                                 "Vigia (schema %2; this version knows up to "
                                                 "%3). Install the newer version to open it.")
                         .arg(db.path())
                         .arg(current.value())
                         .arg(latestVersion()));
    }
    for (int v = current.value() + 1; v <= target; ++v) {
        Transaction txn(db);
        if (!txn.begun())
            return txn.begun();
        // Another process may have migrated while we waited for the lock.
        auto now = db.userVersion();
        if (!now)
            return now.error();
        if (now.value() >= v)
            continue;
        const Step &step = kSteps[size_t(v - 1)];
        if (Status s = db.exec(step.sql); !s)
            return s;
        if (step.after) {
            if (Status s = step.after(db); !s)
                return s;
        }
        const QByteArray setVersion = "PRAGMA user_version=" + QByteArray::number(v);
        if (Status s = db.exec(setVersion.constData()); !s)
            return s;
        if (Status s = txn.commit(); !s)
            return s;
        qCInfo(lcStore) << "migrated store to schema" << v;
    }
    return {};
}

} // namespace vigia
