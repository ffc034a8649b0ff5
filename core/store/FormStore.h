#pragma once

#include "common/Result.h"
#include "forms/FormDefinition.h"
#include "forms/FormText.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace vigia {

class Database;
class OpLog;

// The form definitions imported into this workspace, kept as canonical JSON
// (FormJson::write) per (form id, version). A version is immutable: importing
// the same definition again changes nothing, a different definition under an
// existing version is refused. The table is local; a version a coordinator
// publishes travels as a `form` op and is installed here on arrival
// (FormPublication, docs/store.md "Published forms").
class FormStore
{
    Q_DECLARE_TR_FUNCTIONS(vigia::FormStore)

public:
    enum class ImportOutcome
    {
        Added,
        Unchanged
    };

    // One row of list(): enough to choose a form without parsing every definition.
    struct Entry
    {
        QString formId;
        QString version;
        FormText title;
        QString defaultLanguage;
    };

    FormStore(Database &db, OpLog &log);

    // Validates with FormValidator first (ErrorCode::Validation listing every
    // problem, one per line), then stores the definition.
    [[nodiscard]] Result<ImportOutcome> importDefinition(const FormDefinition &definition);
    // Every form version, by form id, then version oldest first.
    [[nodiscard]] Result<QList<Entry>> list();
    // The definition of `formId` at `version`; the latest version when
    // `version` is empty. ErrorCode::NotFound when there is none.
    [[nodiscard]] Result<FormDefinition> get(const QString &formId, const QString &version = {});
    // The stored versions of `formId`, oldest first; empty when there are none.
    // Versions derived from content ("auto-…") follow the numbered ones, in
    // the order they were imported.
    [[nodiscard]] Result<QStringList> versions(const QString &formId);

    // Orders versions as people number them: runs of digits compare as
    // numbers, so "10" comes after "9" and "2024.10" after "2024.9".
    [[nodiscard]] static int compareVersions(const QString &a, const QString &b);

private:
    [[nodiscard]] Result<QByteArray> storedJson(const QString &formId, const QString &version);

    Database &m_db;
    OpLog &m_log;
    // The last definitions read, with the JSON they were read from: a form
    // of 10 000 choices (a choice file) takes longer to parse than anything
    // else in opening one of its records, and a version never changes. The
    // stored JSON is still read and compared, so the cache cannot go stale.
    struct Parsed
    {
        QByteArray json;
        FormDefinition definition;
    };
    QHash<QString, Parsed> m_parsed; // by form id and version
};

} // namespace vigia
