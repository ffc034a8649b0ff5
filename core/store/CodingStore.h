#pragma once

#include "common/Result.h"
#include "oplog/Op.h"
#include "store/Coding.h"

#include <QCborValue>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QUuid>

namespace vigia {

class Database;
class OpLog;

// Codings: codes applied to ranges of a record's text. Every change is an op
// (entity "coding") through the OpLog, one transaction per call. Coding a
// finalized record is allowed: analysis does not change what was recorded.
class CodingStore
{
    Q_DECLARE_TR_FUNCTIONS(vigia::CodingStore)

public:
    static inline const QString kEntity = QStringLiteral("coding");

    CodingStore(Database &db, OpLog &log);

    // Uses recordId, field, codeId, start, end, quote and memo. The quote must
    // be the text of [start, end), which the caller read from the field.
    [[nodiscard]] Result<QUuid> apply(const Coding &coding);
    [[nodiscard]] Status setMemo(const QUuid &id, const QString &memo);
    [[nodiscard]] Status setCode(const QUuid &id, const QUuid &codeId);
    [[nodiscard]] Status remove(const QUuid &id);

    [[nodiscard]] Result<Coding> get(const QUuid &id);
    // Codings not deleted, of codes not deleted; `field` empty: every field.
    // Anchored ones first by position, then the detached ones.
    [[nodiscard]] Result<QList<Coding>> forRecord(const QUuid &recordId, const QString &field = {});
    [[nodiscard]] Result<QList<Coding>> forCode(const QUuid &codeId);

    // Writes the positions and quotes of `codings` that differ from the
    // stored ones (after CodingAnchor moved them). Returns how many changed.
    [[nodiscard]] Result<int> saveAnchors(const QList<Coding> &codings);
    // Re-anchors every coding of the record's field against `text` (the
    // field's new value) and saves the changes. Returns how many changed.
    [[nodiscard]] Result<int> reanchor(const QUuid &recordId, const QString &field,
                                       const QString &text);

private:
    [[nodiscard]] Result<Coding> live(const QUuid &id);
    [[nodiscard]] Result<QList<Coding>> select(const char *where, const QByteArray &key,
                                               const QString &field);
    [[nodiscard]] Status checkCode(const QUuid &codeId);
    // Writes on the private chain while the coded record is a draft.
    [[nodiscard]] Result<QList<Op>> write(const QUuid &recordId, const QByteArray &row,
                                          const QList<QPair<QString, QCborValue>> &fields);

    Database &m_db;
    OpLog &m_log;
};

} // namespace vigia
