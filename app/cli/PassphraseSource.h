#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace vigia {

// Where vigiactl gets the passphrase, in this order: --passphrase-file (its
// first line, without the line break), the VIGIA_PASSPHRASE environment
// variable, or a prompt with echo off when stdin is a terminal. The
// passphrase is never printed or logged; callers wipe() it after use.
class PassphraseSource
{
    Q_DECLARE_TR_FUNCTIONS(vigia::PassphraseSource)

public:
    enum class Purpose
    {
        Unlock, // opening an existing workspace
        Create, // choosing one for a new workspace (asked twice on a terminal)
    };

    explicit PassphraseSource(QString file);

    [[nodiscard]] Result<QByteArray> read(Purpose purpose, const QString &workspace) const;

    // Overwrites the bytes before the buffer is released.
    static void wipe(QByteArray &secret);

private:
    [[nodiscard]] Result<QByteArray> fromFile() const;
    [[nodiscard]] static Result<QByteArray> fromTerminal(Purpose purpose, const QString &workspace);

    QString m_file;
};

} // namespace vigia
