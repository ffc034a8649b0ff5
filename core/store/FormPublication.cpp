#include "store/FormPublication.h"

#include "common/LogCategories.h"
#include "crypto/Blake2b.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "forms/FormJson.h"
#include "oplog/Op.h"
#include "oplog/OpLog.h"
#include "store/FormStore.h"

#include <QCborMap>
#include <QSet>
#include <QtEndian>

#include <sqlite3.h>

namespace vigia {

namespace {
const QString kJson = QStringLiteral("json");
const QString kZlib = QStringLiteral("zlib");
// Smaller definitions travel as they are: the bundle compresses its payload
// anyway, and the store keeps the JSON readable.
constexpr qsizetype kCompressAbove = 16 * 1024;
// Far above any real form (the largest built-in one is ~60 kB), far below an
// op's limit: a forged size cannot make a reader allocate much.
constexpr qsizetype kMaxJsonBytes = 8 * 1024 * 1024;

Error corrupt()
{
    return Error(ErrorCode::Corrupt,
                 FormPublication::tr("A published form in this bundle cannot be read; nothing was "
                                     "imported. Tell the coordinator who sent it."));
}
} // namespace

FormPublication::FormPublication(Database &db, OpLog &log, FormStore &forms, Role role)
    : m_db(db)
    , m_log(log)
    , m_forms(forms)
    , m_role(role)
{}

QByteArray FormPublication::rowOf(const QString &formId, const QString &version)
{
    // Lengths first, so no choice of id and version reads as another.
    const QByteArray id = formId.toUtf8();
    const QByteArray v = version.toUtf8();
    QByteArray data = QByteArrayLiteral("vigia form publication") + '\0';
    data += QByteArray::number(id.size()) + ':' + id + QByteArray::number(v.size()) + ':' + v;
    return Blake2b::hash(data, Op::kIdSize);
}

QCborValue FormPublication::encode(const QByteArray &json)
{
    QCborMap map;
    if (json.size() > kCompressAbove)
        map.insert(kZlib, qCompress(json, 9));
    else
        map.insert(kJson, json);
    return map;
}

Result<FormDefinition> FormPublication::decode(const QByteArray &valueCbor, const QByteArray &row)
{
    const QCborValue value = QCborValue::fromCbor(valueCbor);
    if (!value.isMap() || value.toMap().size() != 1)
        return corrupt();
    const QCborMap map = value.toMap();
    QByteArray json;
    if (map.value(kJson).isByteArray()) {
        json = map.value(kJson).toByteArray();
    } else if (map.value(kZlib).isByteArray()) {
        const QByteArray packed = map.value(kZlib).toByteArray();
        // qCompress puts the unpacked size first: checked before unpacking.
        if (packed.size() < 4 || qFromBigEndian<quint32>(packed.constData()) > kMaxJsonBytes)
            return corrupt();
        json = qUncompress(packed);
        if (json.isEmpty())
            return corrupt();
    } else {
        return corrupt();
    }
    if (json.size() > kMaxJsonBytes)
        return corrupt();
    auto definition = FormJson::read(json, tr("a published form"));
    if (!definition)
        return corrupt();
    // The row names the version: a definition under another row would
    // publish one version in the place of another.
    if (rowOf(definition.value().formId(), definition.value().version()) != row)
        return corrupt();
    return definition;
}

Result<FormPublication::Outcome> FormPublication::publish(const QString &formId,
                                                          const QString &version)
{
    if (!mayWrite(m_role)) {
        return Error(ErrorCode::Validation,
                     tr("Only a coordinator publishes forms to the project. Ask your "
                        "coordinator to publish form %1.")
                         .arg(formId));
    }
    auto definition = m_forms.get(formId, version);
    if (!definition)
        return definition.error();
    const FormDefinition &form = definition.value();
    const QByteArray json = FormJson::write(form);
    if (json.size() > kMaxJsonBytes) {
        return Error(ErrorCode::TooLarge,
                     tr("Form %1 version %2 is too large to publish (%3 MB); the limit is %4 MB.")
                         .arg(form.formId(), form.version())
                         .arg(json.size() / (1024 * 1024))
                         .arg(kMaxJsonBytes / (1024 * 1024)));
    }
    const QByteArray row = rowOf(form.formId(), form.version());

    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun().error();
    {
        Statement st(m_db.handle(), "SELECT value FROM field_values WHERE entity = ?1 AND "
                                    "row = ?2 AND field = ?3");
        st.bindText(1, kEntity).bind(2, row).bindText(3, kDefinition);
        const int rc = st.step();
        if (rc == SQLITE_ROW) {
            // Versions never change (FormStore): the stored one is this one.
            auto stored = decode(st.columnBlob(0), row);
            if (stored && FormJson::write(stored.value()) == json)
                return Outcome::Unchanged;
        } else if (rc != SQLITE_DONE) {
            return m_db.errorFor(rc, tr("reading the published forms"));
        }
    }
    auto op = m_log.append(kEntity, row, kDefinition, encode(json));
    if (!op)
        return op.error();
    if (Status s = txn.commit(); !s)
        return s.error();
    qCInfo(lcStore) << "published form" << form.formId() << "version" << form.version();
    return Outcome::Published;
}

Result<QList<FormPublication::Stored>> FormPublication::readAll()
{
    Statement st(m_db.handle(),
                 "SELECT row, value FROM field_values WHERE entity = ?1 AND field = ?2");
    st.bindText(1, kEntity).bindText(2, kDefinition);
    QList<Stored> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        out.append(Stored{st.columnBlob(0), st.columnBlob(1)});
    if (rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("reading the published forms"));
    return out;
}

Result<QList<QPair<QString, QString>>> FormPublication::published()
{
    auto stored = readAll();
    if (!stored)
        return stored.error();
    QList<QPair<QString, QString>> out;
    for (const Stored &s : stored.value()) {
        auto definition = decode(s.value, s.row);
        if (definition)
            out.append({definition.value().formId(), definition.value().version()});
    }
    return out;
}

Result<int> FormPublication::install()
{
    auto stored = readAll();
    if (!stored)
        return stored.error();
    if (stored.value().isEmpty())
        return 0;
    // Rows, not definitions, are compared: nothing is parsed for the
    // versions already in the form list, so an import costs a few hashes.
    QSet<QByteArray> have;
    {
        Statement st(m_db.handle(), "SELECT form_id, version FROM forms");
        int rc;
        while ((rc = st.step()) == SQLITE_ROW)
            have.insert(rowOf(st.columnText(0), st.columnText(1)));
        if (rc != SQLITE_DONE)
            return m_db.errorFor(rc, tr("reading the forms"));
    }
    int added = 0;
    for (const Stored &s : stored.value()) {
        if (have.contains(s.row))
            continue;
        auto definition = decode(s.value, s.row);
        if (!definition) {
            // Removed by a redaction, or never readable: nothing to install.
            qCWarning(lcStore) << "a published form cannot be read; left out of the form list";
            continue;
        }
        auto outcome = m_forms.importDefinition(definition.value());
        if (!outcome) {
            if (outcome.error().code() != ErrorCode::Validation)
                return outcome.error();
            qCWarning(lcStore) << "published form" << definition.value().formId() << "version"
                               << definition.value().version() << "not installed";
            continue;
        }
        if (outcome.value() == FormStore::ImportOutcome::Added)
            ++added;
    }
    return added;
}

} // namespace vigia
