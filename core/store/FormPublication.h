#pragma once

#include "common/Result.h"
#include "forms/FormDefinition.h"
#include "store/Role.h"

#include <QByteArray>
#include <QCborValue>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace vigia {

class Database;
class FormStore;
class OpLog;

// A form version a coordinator publishes to the project (docs/store.md,
// "Published forms"): a synced entity "form" whose row derives from (form id,
// version) and whose one field "definition" holds the canonical JSON of the
// definition (choice files are already inside it), compressed when large.
// AudienceSelector puts it on the coordinator's project stream, which every
// member receives whole; on import FormPublicationCheck refuses one not
// written by a coordinator or that contradicts a stored version, and
// install() adds every published version to the receiver's FormStore.
class FormPublication
{
    Q_DECLARE_TR_FUNCTIONS(vigia::FormPublication)

public:
    static inline const QString kEntity = QStringLiteral("form");
    static inline const QString kDefinition = QStringLiteral("definition");

    enum class Outcome
    {
        Published,
        Unchanged, // this very definition was already published
    };

    // `role`: this device's; publishing needs Role::Coordinator.
    FormPublication(Database &db, OpLog &log, FormStore &forms, Role role);

    // Who may write form ops (here and in a received bundle).
    [[nodiscard]] static bool mayWrite(Role role) { return role == Role::Coordinator; }
    // The row of (form id, version): the same on every device, so a second
    // publication of one version is an edit of the same key.
    [[nodiscard]] static QByteArray rowOf(const QString &formId, const QString &version);
    // The op value of a definition's canonical JSON.
    [[nodiscard]] static QCborValue encode(const QByteArray &json);
    // The canonical JSON an op value holds, checked to be a definition whose
    // id and version give `row`; Corrupt otherwise.
    [[nodiscard]] static Result<FormDefinition> decode(const QByteArray &valueCbor,
                                                       const QByteArray &row);

    // Publishes a stored form version (FormStore); the latest when `version`
    // is empty. One transaction.
    [[nodiscard]] Result<Outcome> publish(const QString &formId, const QString &version = {});
    // (form id, version) of every published version this store holds.
    [[nodiscard]] Result<QList<QPair<QString, QString>>> published();
    // Adds to the FormStore every published version it does not hold yet;
    // returns how many. A version held with another definition is left
    // alone (the importer refuses such a publication before applying it).
    // The caller holds the transaction.
    [[nodiscard]] Result<int> install();

private:
    struct Stored
    {
        QByteArray row;
        QByteArray value;
    };
    [[nodiscard]] Result<QList<Stored>> readAll();

    Database &m_db;
    OpLog &m_log;
    FormStore &m_forms;
    Role m_role;
};

} // namespace vigia
