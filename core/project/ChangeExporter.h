#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace vigia {

class Workspace;

// Writes the next bundle of this device (Outbox::nextOps), encrypted to the
// manifest's recipients, into a folder such as a USB stick. The ops stay in
// the outbox until a receipt names the bundle, so exporting again before a
// receipt arrives writes them again (harmless: applying is idempotent).
class ChangeExporter
{
    Q_DECLARE_TR_FUNCTIONS(vigia::ChangeExporter)

public:
    struct Exported
    {
        QString path; // empty when there was nothing to export
        QByteArray bundleId;
        int opCount = 0;
        int recipientCount = 0;
    };

    // File name: "<first 16 hex digits of the bundle id>.vigiabundle".
    [[nodiscard]] static Result<Exported> exportTo(Workspace &ws, const QString &dir);
    [[nodiscard]] static QString fileNameFor(const QByteArray &bundleId);
};

} // namespace vigia
