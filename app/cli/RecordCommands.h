#pragma once

#include "cli/RecordCheck.h"
#include "common/Result.h"
#include "store/RecordFilter.h"
#include "store/RecordStore.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUuid>

namespace vigia {

class CliContext;
struct CliInvocation;
class Workspace;

// vigiactl record new | set | finalize | reopen | delete | restore | show | list.
// Arguments are checked before the workspace is opened, so a typo costs no
// passphrase prompt. new, set and finalize check the values against the
// record's form version (RecordCheck) and report every failing field.
class RecordCommands
{
    Q_DECLARE_TR_FUNCTIONS(vigia::RecordCommands)

public:
    [[nodiscard]] static Status create(CliContext &ctx);
    [[nodiscard]] static Status set(CliContext &ctx);
    [[nodiscard]] static Status finalize(CliContext &ctx);
    [[nodiscard]] static Status reopen(CliContext &ctx);
    [[nodiscard]] static Status remove(CliContext &ctx);
    [[nodiscard]] static Status restore(CliContext &ctx);
    [[nodiscard]] static Status show(CliContext &ctx);
    [[nodiscard]] static Status redact(CliContext &ctx);
    [[nodiscard]] static Status list(CliContext &ctx);

    // "field=value" pairs, split at the first '='; a field given twice keeps
    // its last value. Values are CBOR text strings.
    [[nodiscard]] static Result<RecordStore::Values> assignments(const QStringList &pairs);
    [[nodiscard]] static Result<RecordFilter> filter(const CliInvocation &inv);

private:
    enum class Change
    {
        Reopen,
        Remove,
        Restore
    };
    [[nodiscard]] static Status change(CliContext &ctx, Change what);
    // The form version a record uses, with a message that says how to get it.
    [[nodiscard]] static Result<FormDefinition> formOf(Workspace &ws, const QString &formId,
                                                       const QString &version);
    // The record's draft in the language of --lang, with this device's id
    // for deviceid fields, as the desktop editor starts it.
    [[nodiscard]] static Result<RecordCheck> check(CliContext &ctx, Workspace &ws,
                                                   const FormDefinition &form,
                                                   const QMap<QString, QCborValue> &stored);
    // Prints "field: message" per issue on stderr (and the issues as JSON
    // with --json); returns the Validation error that exits with 3.
    [[nodiscard]] static Status report(CliContext &ctx, const QList<RecordCheck::Issue> &issues);
    [[nodiscard]] static Status finalizeChecked(CliContext &ctx);
    [[nodiscard]] static Status printAfterChange(CliContext &ctx, Workspace &ws, const QUuid &id,
                                                 const QString &confirmation);
};

} // namespace vigia
