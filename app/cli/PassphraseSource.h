#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QCoreApplication>
#include <QString>

#include <cstddef>

namespace vigia {

class CliOutput;

// Where vigiactl gets a passphrase, in this order: a file (its first line,
// without the line break), an environment variable, or a prompt with echo off
// when stdin is a terminal. The workspace's passphrase comes from
// --passphrase-file and VIGIA_PASSPHRASE; the new one that `passphrase
// change` sets, from --new-passphrase-file and VIGIA_NEW_PASSPHRASE.
//
// The passphrase is never printed or logged, and it only ever exists in
// SecretBytes (locked, wiped memory): the file and the terminal are read
// straight into a fixed secret buffer, never into a growing QByteArray. The
// environment variable is copied out, overwritten in place and unset on every
// read(), whichever source wins, so child processes and /proc/self/environ
// no longer carry its value (its name stays visible there; see
// takeFromEnvironment in the .cpp).
class PassphraseSource
{
    Q_DECLARE_TR_FUNCTIONS(vigia::PassphraseSource)

public:
    enum class Purpose
    {
        Unlock, // opening an existing workspace
        Create, // choosing a new passphrase (asked twice on a terminal)
    };
    enum class Channel
    {
        Current,     // --passphrase-file, VIGIA_PASSPHRASE
        Replacement, // --new-passphrase-file, VIGIA_NEW_PASSPHRASE
    };

    static constexpr const char *kVariable = "VIGIA_PASSPHRASE";
    static constexpr const char *kNewVariable = "VIGIA_NEW_PASSPHRASE";
    // The longest passphrase read, in bytes: the largest passphrase file
    // accepted before secrets were kept in SecretBytes, so that every
    // passphrase chosen then still opens its workspace.
    static constexpr std::size_t kMaxBytes = 64 * 1024;

    // Warnings (a passphrase file others may read) go to `out`.
    PassphraseSource(QString file, CliOutput &out, Channel channel = Channel::Current);

    [[nodiscard]] Result<SecretBytes> read(Purpose purpose, const QString &workspace) const;

private:
    [[nodiscard]] Result<SecretBytes> fromFile() const;
    [[nodiscard]] Result<SecretBytes> fromTerminal(Purpose purpose, const QString &workspace) const;
    void warnIfShared() const;
    [[nodiscard]] QString fileOption() const;
    [[nodiscard]] QString variable() const;

    QString m_file;
    CliOutput &m_out;
    Channel m_channel;
};

} // namespace vigia
