#pragma once

#include "common/DurableFile.h"
#include "common/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace vigia {

// One file a restore writes into its folder beside the target: created
// exclusively with mode 0600 (never readable by others, never following a
// link), synced when closed. Every error is Io and names the target, since
// nothing reaches it before the last step. Closed (not synced) when
// destroyed; the restore removes its whole folder on any error.
class RestoredFile
{
    Q_DECLARE_TR_FUNCTIONS(vigia::RestoredFile)

public:
    RestoredFile(const QString &path, QString target);
    ~RestoredFile();
    RestoredFile(const RestoredFile &) = delete;
    RestoredFile &operator=(const RestoredFile &) = delete;

    [[nodiscard]] Status opened() const;
    [[nodiscard]] Status write(QByteArrayView bytes);
    [[nodiscard]] Status close();

    // The error for a write into the restoring folder that failed with `errorNumber`.
    [[nodiscard]] static Error failed(const QString &target, int errorNumber);

private:
    QString m_target;
    DurableFile m_file;
};

} // namespace vigia
