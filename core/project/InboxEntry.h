#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace vigia {

// One bundle as this device received it (Inbox): who sent it, when, what it
// carried and what became of it.
struct InboxEntry
{
    enum class State
    {
        Applied,
        AlreadyApplied,
        Quarantined, // the sender is not approved yet, or some of its ops wait for earlier ones
        Refused,
    };

    qint64 id = 0;       // the reception, in arrival order
    QByteArray bundleId; // empty when the file was not a readable bundle
    QByteArray sender;   // device id; empty when unreadable
    QString senderName;  // from the manifest; empty when the device is not in it
    QString fingerprint; // Fingerprint::format of the sender's key, when known
    quint64 createdHlc = 0;
    qint64 receivedAt = 0; // ms since the epoch, this device's clock
    QString file;          // the file's name; empty when it came from the hub
    int ops = 0;
    int records = -1; // distinct records among its ops; -1 while unknown (not decrypted)
    State state = State::Applied;
    QString reason;  // quarantined or refused: why, for people
    QString release; // quarantined: what would let it in

    [[nodiscard]] bool fromHub() const { return file.isEmpty(); }
    // Stable names for the store, --state and JSON.
    [[nodiscard]] static QString stateName(State state);
    [[nodiscard]] static std::optional<State> stateFromName(const QString &name);
};

} // namespace vigia
