#pragma once

#include "CliOption.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vigia {

// What one vigiactl command accepts, and the texts its help shows.
struct CliCommand
{
    enum class Id
    {
        Init,
        IdentityShow,
        RecordNew,
        RecordSet,
        RecordFinalize,
        RecordReopen,
        RecordDelete,
        RecordRestore,
        RecordShow,
        RecordList,
        FormsList,
        FormsShow,
        FormsImport,
        FormsValidate,
        OplogVerify,
        StateHash,
        // Projects, devices, bundles and receipts (ProjectCommands::addCommands).
        ProjectCreate,
        ProjectInvite,
        ProjectJoin,
        ProjectRequest,
        ProjectApprove,
        ProjectRevoke,
        ProjectManifestExport,
        ProjectManifestImport,
        DevicesList,
        BundleExport,
        BundleImport,
        BundleInspect,
        BundleVerify,
        ReceiptExport,
        ReceiptImport,
    };

    Id id = Id::Init;
    QStringList words;   // {"record", "new"}
    QString usage;       // what follows the words: "--form ID [--set FIELD=VALUE]…"
    QString summary;     // one line, translated
    QString description; // a paragraph, translated
    QList<CliOption> options;
    int minArguments = 0;
    int maxArguments = 0; // -1: any number
    bool needsWorkspace = true;

    [[nodiscard]] QString name() const { return words.join(QLatin1Char(' ')); }
    [[nodiscard]] const CliOption *option(const QString &optionName) const
    {
        for (const CliOption &o : options) {
            if (o.name == optionName)
                return &o;
        }
        return nullptr;
    }
};

} // namespace vigia
