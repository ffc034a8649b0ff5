#include "store/FormStore.h"

#include "common/LogCategories.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "forms/FormJson.h"
#include "forms/FormValidator.h"
#include "oplog/OpLog.h"
#include "store/SensitiveFieldStore.h"

#include <sqlite3.h>

#include <algorithm>

namespace vigia {

namespace {
constexpr qsizetype kParsedKept = 8;

// The name a stored definition goes by in FormJson's error messages.
QString sourceOf(const QString &formId, const QString &version)
{
    return formId + QLatin1Char('@') + version;
}

// Splits "2024.10b" into {"2024", ".", "10", "b"}: runs of digits and runs of
// anything else.
QStringList chunks(const QString &text)
{
    QStringList out;
    for (const QChar c : text) {
        const bool digit = c.isDigit();
        if (out.isEmpty() || out.last().front().isDigit() != digit)
            out.append(QString(c));
        else
            out.last().append(c);
    }
    return out;
}
} // namespace

FormStore::FormStore(Database &db, OpLog &log)
    : m_db(db)
    , m_log(log)
{}

int FormStore::compareVersions(const QString &a, const QString &b)
{
    const QStringList left = chunks(a);
    const QStringList right = chunks(b);
    for (qsizetype i = 0; i < qMin(left.size(), right.size()); ++i) {
        const QString &l = left.at(i);
        const QString &r = right.at(i);
        if (l.front().isDigit() && r.front().isDigit()) {
            // Compare as numbers without overflow: strip leading zeros, then
            // the longer run is the larger number.
            QString ln = l;
            QString rn = r;
            while (ln.size() > 1 && ln.front() == QLatin1Char('0'))
                ln.remove(0, 1);
            while (rn.size() > 1 && rn.front() == QLatin1Char('0'))
                rn.remove(0, 1);
            if (ln.size() != rn.size())
                return ln.size() < rn.size() ? -1 : 1;
            if (const int c = ln.compare(rn); c != 0)
                return c < 0 ? -1 : 1;
        } else if (const int c = l.compare(r); c != 0) {
            return c < 0 ? -1 : 1;
        }
    }
    if (left.size() != right.size())
        return left.size() < right.size() ? -1 : 1;
    // "01" and "1" are equal as numbers but still different versions.
    const int c = a.compare(b);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

Result<QByteArray> FormStore::storedJson(const QString &formId, const QString &version)
{
    Statement st(m_db.handle(), "SELECT definition FROM forms WHERE form_id = ?1 AND version = ?2");
    st.bindText(1, formId).bindText(2, version);
    const int rc = st.step();
    if (rc == SQLITE_ROW)
        return st.columnBlob(0);
    if (rc == SQLITE_DONE)
        return QByteArray();
    return m_db.errorFor(rc, tr("reading a form"));
}

Result<FormStore::ImportOutcome> FormStore::importDefinition(const FormDefinition &definition)
{
    if (Status valid = FormValidator::validate(definition); !valid)
        return valid.error();
    const QByteArray json = FormJson::write(definition);

    // Inside the write transaction, so two importers of one version cannot
    // both decide that it is new.
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun().error();
    auto existing = storedJson(definition.formId(), definition.version());
    if (!existing)
        return existing.error();
    if (!existing.value().isEmpty()) {
        if (existing.value() == json)
            return ImportOutcome::Unchanged;
        return Error(ErrorCode::Validation,
                     tr("Form %1 version %2 already exists with a different definition. Forms "
                        "versions never change: give the new definition a new version.")
                         .arg(definition.formId(), definition.version()));
    }
    Statement st(m_db.handle(), "INSERT INTO forms(form_id, version, definition, imported_hlc) "
                                "VALUES (?1, ?2, ?3, ?4)");
    st.bindText(1, definition.formId())
        .bindText(2, definition.version())
        .bind(3, json)
        .bind(4, qint64(m_log.clock().send()));
    if (const int rc = st.run(); rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("saving a form"));
    // In the same transaction: no record of this version is ever indexed
    // with its sensitive answers once the version is here.
    if (Status s = SensitiveFieldStore::add(m_db, definition); !s)
        return s.error();
    if (Status s = txn.commit(); !s)
        return s.error();
    qCInfo(lcStore) << "imported form" << definition.formId() << "version" << definition.version();
    return ImportOutcome::Added;
}

Result<QList<FormStore::Entry>> FormStore::list()
{
    Statement st(m_db.handle(), "SELECT form_id, version, definition FROM forms");
    QList<Entry> out;
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW) {
        const QString formId = st.columnText(0);
        const QString version = st.columnText(1);
        auto definition = FormJson::read(st.columnBlob(2), sourceOf(formId, version));
        if (!definition)
            return definition.error();
        out.append(Entry{formId, version, definition.value().title(),
                         definition.value().defaultLanguage()});
    }
    if (rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("reading the forms"));
    std::sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) {
        if (a.formId != b.formId)
            return a.formId < b.formId;
        return compareVersions(a.version, b.version) < 0;
    });
    return out;
}

Result<QStringList> FormStore::versions(const QString &formId)
{
    Statement st(m_db.handle(), "SELECT version, imported_hlc FROM forms WHERE form_id = ?1");
    st.bindText(1, formId);
    QList<QPair<QString, qint64>> found;
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW)
        found.append({st.columnText(0), st.columnInt64(1)});
    if (rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("reading the forms"));
    // Versions derived from a workbook's content (XlsFormImporter) say
    // nothing about age: they come after numbered ones, in import order, so
    // the latest is the one imported last.
    const auto derived = [](const QString &v) { return v.startsWith(QLatin1String("auto-")); };
    std::sort(found.begin(), found.end(), [&](const auto &a, const auto &b) {
        if (derived(a.first) != derived(b.first))
            return !derived(a.first);
        if (derived(a.first) && a.second != b.second)
            return a.second < b.second;
        return compareVersions(a.first, b.first) < 0;
    });
    QStringList out;
    for (const auto &version : found)
        out.append(version.first);
    return out;
}

Result<FormDefinition> FormStore::get(const QString &formId, const QString &version)
{
    QString wanted = version;
    if (wanted.isEmpty()) {
        auto known = versions(formId);
        if (!known)
            return known.error();
        if (known.value().isEmpty()) {
            return Error(ErrorCode::NotFound,
                         tr("There is no form %1 in this workspace. Import it first (vigiactl "
                            "forms import FILE).")
                             .arg(formId));
        }
        wanted = known.value().last();
    }
    auto json = storedJson(formId, wanted);
    if (!json)
        return json.error();
    if (json.value().isEmpty()) {
        return Error(ErrorCode::NotFound,
                     tr("There is no version %2 of form %1 in this workspace. Import it first "
                        "(vigiactl forms import FILE).")
                         .arg(formId, wanted));
    }
    const QString key = formId + QLatin1Char('\n') + wanted;
    if (const auto it = m_parsed.constFind(key); it != m_parsed.cend() && it->json == json.value())
        return it->definition;
    auto read = FormJson::read(json.value(), sourceOf(formId, wanted));
    if (read) {
        // A few forms are in use at a time; the bound keeps memory in check.
        if (m_parsed.size() >= kParsedKept)
            m_parsed.clear();
        m_parsed.insert(key, {json.value(), read.value()});
    }
    return read;
}

} // namespace vigia
