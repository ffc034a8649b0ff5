#pragma once

#include <QString>

namespace vigia {

// Stable error codes. The command-line exit codes are derived from these
// (see ExitCode), so the meaning of an existing value never changes.
enum class ErrorCode
{
    None = 0,
    Failure,         // anything without a more precise code
    Usage,           // the caller asked for something malformed
    Validation,      // the data breaks a rule (e.g. editing a finalized record)
    NotFound,        // the record, file or workspace does not exist
    WrongPassphrase, // the keystore did not open with this passphrase
    Locked,          // the workspace is locked or not initialised
    Corrupt,         // a file is damaged or not what it claims to be
    TooNew,          // created by a newer Vigia than this one
    Io,              // the operating system refused (disk full, permissions)
    Busy,            // another process held the store for too long
    ChainBroken,     // an op does not fit its device's hash chain
    Tampered,        // a signature, MAC or hash does not match: altered or forged
    Untrusted,       // signed by a key or device the project does not trust (yet)
    TooLarge,        // over a size limit that protects memory and disk
    Network,         // the hub could not be reached, or the connection broke or timed out
};

// An error for people: `message` is already translated and says what happened
// and what to do about it.
class Error
{
public:
    Error() = default;
    Error(ErrorCode code, QString message)
        : m_code(code)
        , m_message(std::move(message))
    {}

    [[nodiscard]] ErrorCode code() const { return m_code; }
    [[nodiscard]] const QString &message() const { return m_message; }
    [[nodiscard]] bool isError() const { return m_code != ErrorCode::None; }

private:
    ErrorCode m_code = ErrorCode::None;
    QString m_message;
};

} // namespace vigia
