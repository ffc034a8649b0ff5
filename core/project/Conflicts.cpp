#include "project/Conflicts.h"

#include "common/LogCategories.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "oplog/OpLog.h"
#include "project/DeviceNames.h"
#include "store/Workspace.h"

#include <QCborArray>

#include <sqlite3.h>

#include <algorithm>

namespace vigia {

Conflicts::Conflicts(Workspace &ws)
    : m_ws(ws)
{}

Result<QList<OpenConflict>> Conflicts::list(const Filter &filter)
{
    return read({}, {}, {}, {}, filter.country);
}

Result<OpenConflict> Conflicts::find(const QUuid &record, const QString &field)
{
    auto found = read(" WHERE c.entity = ?1 AND c.row = ?2 AND c.field = ?3",
                      QStringLiteral("record"), record.toRfc4122(), field);
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return Error(ErrorCode::NotFound,
                     tr("The field %1 of record %2 has no open conflict. 'vigiactl conflicts "
                        "list' shows the open ones.")
                         .arg(field, record.toString(QUuid::WithoutBraces)));
    return found.value().first();
}

Result<QList<OpenConflict>> Conflicts::read(const QByteArray &where, const QString &entity,
                                            const QByteArray &row, const QString &field,
                                            const QString &country)
{
    Database &db = m_ws.database();
    auto names = DeviceNames::load(db);
    if (!names)
        return names.error();
    const QByteArray sql = "SELECT c.entity, c.row, c.field, c.ops, v.value FROM conflicts c "
                           "LEFT JOIN field_values v ON v.entity = c.entity AND "
                           "v.row = c.row AND v.field = c.field" +
                           (country.isEmpty() ? QByteArray()
                                              : QByteArray(" JOIN records r ON c.entity = 'record' "
                                                           "AND r.id = c.row AND r.country = ?4")) +
                           where + " ORDER BY c.entity, c.row, c.field";
    Statement st(db.handle(), sql.constData());
    if (!where.isEmpty())
        st.bindText(1, entity).bind(2, row).bindText(3, field);
    if (!country.isEmpty())
        st.bindText(4, country);
    Statement opSt(db.handle(), "SELECT hlc, value FROM ops WHERE origin = ?1 AND counter = ?2");
    QList<OpenConflict> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        OpenConflict c;
        c.entity = st.columnText(0);
        c.row = st.columnBlob(1);
        c.field = st.columnText(2);
        c.current = QCborValue::fromCbor(st.columnBlob(4));
        const QCborArray ids = QCborValue::fromCbor(st.columnBlob(3)).toArray();
        for (const QCborValue &id : ids) {
            OpenConflict::Value v;
            v.origin = id.toArray().at(0).toByteArray();
            v.counter = quint64(id.toArray().at(1).toInteger());
            opSt.bind(1, v.origin).bind(2, qint64(v.counter));
            const int found = opSt.step();
            if (found == SQLITE_ROW) {
                v.hlc = quint64(opSt.columnInt64(0));
                v.value = QCborValue::fromCbor(opSt.columnBlob(1));
            }
            opSt.reset();
            if (found != SQLITE_ROW && found != SQLITE_DONE)
                return db.errorFor(found, tr("reading the open conflicts"));
            v.device = v.origin == m_ws.oplog().privateOrigin()
                           ? names.value().label(m_ws.oplog().deviceId())
                           : names.value().label(v.origin);
            c.values.append(v);
        }
        // This device's draft value, once finalized, is also on its shared
        // chain: one device, one value.
        const QByteArray me = m_ws.oplog().deviceId();
        const QByteArray mine = m_ws.oplog().privateOrigin();
        c.values.removeIf([&c, &me, &mine](const OpenConflict::Value &v) {
            return v.origin == mine &&
                   std::any_of(c.values.cbegin(), c.values.cend(),
                               [&](const auto &w) { return w.origin == me && w.value == v.value; });
        });
        std::sort(c.values.begin(), c.values.end(),
                  [](const OpenConflict::Value &a, const OpenConflict::Value &b) {
                      return a.hlc != b.hlc ? a.hlc < b.hlc : a.origin < b.origin;
                  });
        out.append(c);
    }
    if (rc != SQLITE_DONE)
        return db.errorFor(rc, tr("reading the open conflicts"));
    return out;
}

Result<QCborValue> Conflicts::valueOf(const OpenConflict &conflict, const QByteArray &device)
{
    for (auto it = conflict.values.crbegin(); it != conflict.values.crend(); ++it) {
        if (it->origin == device)
            return it->value;
    }
    return Error(ErrorCode::NotFound,
                 tr("That device wrote none of the competing values of %1; take the value of "
                    "one that did, or give a value.")
                     .arg(conflict.field));
}

QCborValue Conflicts::typedValue(const QString &text, const OpenConflict &conflict)
{
    bool allInteger = !conflict.values.isEmpty(), allNumber = allInteger, allBool = allInteger;
    for (const OpenConflict::Value &v : conflict.values) {
        allInteger = allInteger && v.value.isInteger();
        allNumber = allNumber && (v.value.isInteger() || v.value.isDouble());
        allBool = allBool && v.value.isBool();
    }
    bool ok = false;
    if (allInteger) {
        const qint64 n = text.toLongLong(&ok);
        if (ok)
            return n;
    }
    if (allNumber) {
        const double d = text.toDouble(&ok);
        if (ok)
            return d;
    }
    if (allBool && (text == QLatin1String("true") || text == QLatin1String("false")))
        return text == QLatin1String("true");
    return text;
}

Status Conflicts::resolve(const QList<Resolution> &resolutions)
{
    Database &db = m_ws.database();
    Transaction txn(db);
    if (!txn.begun())
        return txn.begun();
    Statement open(db.handle(),
                   "SELECT 1 FROM conflicts WHERE entity = ?1 AND row = ?2 AND field = ?3");
    for (const Resolution &r : resolutions) {
        open.bindText(1, r.entity).bind(2, r.row).bindText(3, r.field);
        const int rc = open.step();
        open.reset();
        if (rc == SQLITE_DONE)
            return Error(
                ErrorCode::NotFound,
                tr("The field %1 of record %2 has no open conflict (any more); nothing "
                   "was changed.")
                    .arg(r.field, QUuid::fromRfc4122(r.row).toString(QUuid::WithoutBraces)));
        if (rc != SQLITE_ROW)
            return db.errorFor(rc, tr("resolving a conflict"));
        // Based on the current value, whose hlc is the greatest on the key:
        // every device that receives it sees every competing op as seen.
        auto written = m_ws.oplog().append(r.entity, r.row, r.field, r.value);
        if (!written)
            return written.error();
    }
    if (Status s = txn.commit(); !s)
        return s;
    qCInfo(lcProject) << "resolved" << resolutions.size() << "conflict(s)";
    return {};
}

} // namespace vigia
