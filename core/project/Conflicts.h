#pragma once

#include "common/Result.h"
#include "project/OpenConflict.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

namespace vigia {

class Workspace;

// Lists the open conflicts and resolves them. A resolution is an ordinary op
// on the key whose based_on is the newest competing op's hlc (OpLog::append
// bases a write on the current value, the greatest hlc), which closes the
// conflict wherever it travels (design.md §5); the competing ops stay in the
// log, so the history still shows them.
class Conflicts
{
    Q_DECLARE_TR_FUNCTIONS(vigia::Conflicts)

public:
    struct Resolution
    {
        QString entity = QStringLiteral("record");
        QByteArray row;
        QString field;
        QCborValue value;
    };

    struct Filter
    {
        // ISO code: only conflicts on a record of this country (its country
        // answer in use); empty: every conflict, on records or not.
        QString country;
    };

    explicit Conflicts(Workspace &ws);

    [[nodiscard]] Result<QList<OpenConflict>> list(const Filter &filter = {});
    // The open conflict on one record's field; NotFound when there is none.
    [[nodiscard]] Result<OpenConflict> find(const QUuid &record, const QString &field);
    // The value `device` wrote among the competing ones (its newest);
    // NotFound when that device wrote none of them.
    [[nodiscard]] static Result<QCborValue> valueOf(const OpenConflict &conflict,
                                                    const QByteArray &device);
    // A value typed in by a person, typed like the competing values: a number
    // where they are numbers, true or false where they are booleans, text
    // otherwise.
    [[nodiscard]] static QCborValue typedValue(const QString &text, const OpenConflict &conflict);
    // Every resolution in one transaction: all or nothing. Each must name an
    // open conflict.
    [[nodiscard]] Status resolve(const QList<Resolution> &resolutions);

private:
    [[nodiscard]] Result<QList<OpenConflict>> read(const QByteArray &where, const QString &entity,
                                                   const QByteArray &row, const QString &field,
                                                   const QString &country = {});

    Workspace &m_ws;
};

} // namespace vigia
