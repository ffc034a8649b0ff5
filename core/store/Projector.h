#pragma once

#include "OpId.h"
#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace vigia {

class Database;
class Statement;
struct Op;

// Keeps the projections of the op log up to date: field_values (the winner of
// every key), the typed tables (records, codes, codings, comments, review
// states, devices), the full-text index and the open conflicts. Called inside
// the transaction that stores the op, so a projection never lags its log.
class Projector
{
public:
    // The current winner of one key.
    struct Winner
    {
        bool exists = false;
        quint64 hlc = 0;
        QByteArray origin;
        qint64 rowid = 0;
    };

    explicit Projector(Database &db);
    ~Projector();

    [[nodiscard]] Result<Winner> winner(const QString &entity, const QByteArray &row,
                                        const QString &field);
    // Makes `op` the winner of its key; `previous` is what winner() returned.
    [[nodiscard]] Status setWinner(const Op &op, const Winner &previous);
    // Records that `op` was applied without winning (the row's last change).
    [[nodiscard]] Status touch(const Op &op);
    // Replaces the open conflict of a key; an empty list closes it.
    [[nodiscard]] Status setConflict(const QString &entity, const QByteArray &row,
                                     const QString &field, const QList<OpId> &ops);

private:
    struct Column
    {
        const char *table;
        const char *column; // nullptr: the field has no typed column
    };
    [[nodiscard]] static Column columnFor(const QString &entity, const QString &field);
    Statement &cached(const QByteArray &sql);
    [[nodiscard]] Status updateTyped(const Op &op, bool winner);
    [[nodiscard]] Status check(int rc, const char *what);

    Database &m_db;
    QHash<QByteArray, std::shared_ptr<Statement>> m_statements;
};

} // namespace vigia
