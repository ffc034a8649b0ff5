#pragma once

#include "common/Result.h"
#include "store/Role.h"

#include <QByteArray>
#include <QCborValue>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace vigia {

class Database;
class OpLog;
struct Op;

// Removes an answer everywhere (docs/store.md, "Redaction"): the value of
// one field of a record disappears from every op that ever held it, on this
// device at once and on every other device that applies the redaction, and
// the quotes of codings on that field that the new text no longer contains
// go with it. Allowed to the record's author and to coordinators; a device
// applying someone else's is refused (ChangeImporter uses mayRedact).
class RecordRedaction
{
    Q_DECLARE_TR_FUNCTIONS(vigia::RecordRedaction)

public:
    RecordRedaction(Database &db, OpLog &log, QByteArray deviceId, Role role);

    // One transaction: the redaction of `field`, then `replacement` as its
    // new value when given (the answer without the name typed by mistake).
    [[nodiscard]] Status redactAnswer(const QUuid &record, const QString &field,
                                      const std::optional<QCborValue> &replacement);

    // Whether `device` (with `role`) may remove values of (entity, row): a
    // coordinator may; anyone else only in a record they created, or in the
    // codings and comments of one. `pending` are ops applied in the same
    // batch, for a record created there.
    [[nodiscard]] static Result<bool> mayRedact(Database &db, const QByteArray &device, Role role,
                                                const QString &entity, const QByteArray &row,
                                                const QList<Op> &pending = {});

private:
    [[nodiscard]] Status redactQuotes(const QByteArray &record, const QString &field,
                                      const std::optional<QCborValue> &replacement);

    Database &m_db;
    OpLog &m_log;
    QByteArray m_deviceId;
    Role m_role;
};

} // namespace vigia
