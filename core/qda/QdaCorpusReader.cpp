#include "qda/QdaCorpusReader.h"

#include "db/Database.h"
#include "db/Statement.h"
#include "oplog/Hlc.h"
#include "store/FormStore.h"
#include "store/RecordStore.h"

#include <sqlite3.h>

#include <algorithm>

namespace vigia {

namespace {

constexpr int kPage = 200;

// Finalized, not deleted, not rejected: what an analyst may build on.
constexpr const char *kRecordsSql =
    "SELECT r.id, r.created_hlc FROM records r "
    "WHERE r.status = 'finalized' AND r.deleted = 0 AND r.review != 'rejected' "
    "AND (r.created_hlc > ?1 OR (r.created_hlc = ?1 AND r.id > ?2)) "
    "ORDER BY r.created_hlc, r.id LIMIT ?3";

QDateTime timeOf(quint64 hlc)
{
    return hlc == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(Hlc::physical(hlc), Qt::UTC);
}

} // namespace

QdaCorpusReader::QdaCorpusReader(Database &db, RecordStore &records, FormStore &forms,
                                 QByteArray deviceId, QByteArray privateOrigin)
    : m_db(db)
    , m_records(records)
    , m_forms(forms)
    , m_deviceId(std::move(deviceId))
    , m_privateOrigin(std::move(privateOrigin))
{}

qint64 QdaCorpusReader::codePoints(const QString &text, qint64 utf16)
{
    const qint64 end = std::clamp<qint64>(utf16, 0, text.size());
    qint64 points = 0;
    for (qint64 i = 0; i < end; ++i) {
        // A surrogate pair is one code point: count its high half only.
        if (!text.at(i).isLowSurrogate() || i == 0 || !text.at(i - 1).isHighSurrogate())
            ++points;
    }
    return points;
}

Result<int> QdaCorpusReader::countRecords()
{
    Statement st(m_db.handle(), "SELECT count(*) FROM records r WHERE r.status = 'finalized' AND "
                                "r.deleted = 0 AND r.review != 'rejected'");
    if (const int rc = st.step(); rc != SQLITE_ROW)
        return m_db.errorFor(rc, tr("counting the records to export"));
    return int(st.columnInt64(0));
}

Result<QStringList> QdaCorpusReader::codableFields(const QString &formId, const QString &version)
{
    const QString key = formId + QLatin1Char('|') + version;
    const auto known = m_codable.constFind(key);
    if (known != m_codable.constEnd())
        return known.value();
    QStringList fields;
    // A form this device does not hold: only the coded answers are known.
    if (auto form = m_forms.get(formId, version); form) {
        for (const FormRow &row : form.value().rows()) {
            if (row.isCoding())
                fields.append(row.name());
        }
    }
    m_codable.insert(key, fields);
    return fields;
}

Result<QList<QdaSelection>> QdaCorpusReader::selectionsOf(const QByteArray &record,
                                                          const QString &field, const QString &text)
{
    // The coding's author: whoever last set its code (the private chain is
    // this device's own working state).
    Statement st(m_db.handle(),
                 "SELECT c.id, c.code_id, c.start_pos, c.end_pos, c.memo, f.origin, f.hlc "
                 "FROM codings c LEFT JOIN field_values f ON f.entity = 'coding' AND "
                 "f.row = c.id AND f.field = 'code' WHERE c.record_id = ?1 AND c.field = ?2 "
                 "AND c.deleted = 0 AND c.start_pos >= 0 AND c.end_pos >= c.start_pos "
                 "ORDER BY c.start_pos, c.end_pos, c.id");
    st.bind(1, record).bindText(2, field);
    QList<QdaSelection> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        QdaSelection sel;
        sel.id = QUuid::fromRfc4122(st.columnBlob(0));
        sel.code = QUuid::fromRfc4122(st.columnBlob(1));
        sel.start = codePoints(text, st.columnInt64(2));
        sel.end = codePoints(text, st.columnInt64(3));
        sel.memo = st.columnText(4);
        const QByteArray origin = st.columnBlob(5);
        sel.author = origin == m_privateOrigin ? m_deviceId : origin;
        sel.created = timeOf(quint64(st.columnInt64(6)));
        out.append(sel);
    }
    if (rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("reading the codings to export"));
    return out;
}

Status QdaCorpusReader::read(const Visit &each, const std::function<bool(int done)> &keepGoing)
{
    qint64 afterHlc = -1;
    QByteArray afterId;
    int done = 0;
    for (;;) {
        QList<QPair<QByteArray, qint64>> page;
        {
            Statement st(m_db.handle(), kRecordsSql);
            st.bind(1, afterHlc).bind(2, afterId).bind(3, qint64(kPage));
            int rc;
            while ((rc = st.step()) == SQLITE_ROW)
                page.append({st.columnBlob(0), st.columnInt64(1)});
            if (rc != SQLITE_DONE)
                return m_db.errorFor(rc, tr("reading the records to export"));
        }
        if (page.isEmpty())
            return {};
        for (const auto &[rowId, createdHlc] : page) {
            auto record = m_records.get(QUuid::fromRfc4122(rowId));
            if (!record)
                return record.error();
            const Record &r = record.value();
            auto codable = codableFields(r.formId, r.formVersion);
            if (!codable)
                return codable.error();
            for (auto it = r.values.constBegin(); it != r.values.constEnd(); ++it) {
                if (!it.value().isString() || it.value().toString().isEmpty())
                    continue;
                const QString text = it.value().toString();
                auto selections = selectionsOf(rowId, it.key(), text);
                if (!selections)
                    return selections.error();
                if (selections.value().isEmpty() && !codable.value().contains(it.key()))
                    continue;
                QdaSource source;
                source.id = QUuid::createUuidV5(r.id, it.key());
                source.name = QStringLiteral("%1 %2").arg(
                    r.id.toString(QUuid::WithoutBraces).left(8), it.key());
                source.text = text;
                source.author = r.author;
                source.created = timeOf(r.createdHlc);
                source.selections = selections.value();
                if (Status s = each(source); !s)
                    return s;
            }
            ++done;
            if (keepGoing && !keepGoing(done))
                return Error(ErrorCode::Failure, tr("The export was cancelled."));
            afterHlc = createdHlc;
            afterId = rowId;
        }
    }
}

} // namespace vigia
