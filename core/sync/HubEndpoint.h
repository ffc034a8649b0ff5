#pragma once

#include "common/Result.h"
#include "sync/HubConnection.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace vigia {

class Invitation;
class Workspace;

// Where a hub is and how to trust it, from what a person typed or what the
// workspace remembers: the one place that reads a hub address and a
// certificate pin, for the agent, vigiactl and the app alike.
class HubEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(vigia::HubEndpoint)

public:
    static constexpr int kTimeoutMs = 30'000;

    // An https:// or http:// address; Usage error in words otherwise.
    [[nodiscard]] static Result<QUrl> parseUrl(const QString &text);
    // A certificate's SHA-256 as 64 hexadecimal digits (colons and spaces
    // allowed, as tools print it); empty text is no pin.
    [[nodiscard]] static Result<QByteArray> parsePin(const QString &text);
    // The hub of the project `ws` belongs to (SyncPass::hubUrl) with the pin
    // the workspace stored when it joined.
    [[nodiscard]] static Result<HubConnection::Options> of(Workspace &ws,
                                                           int timeoutMs = kTimeoutMs);
    // Keeps where the project's hub is and the certificate pin from a signed
    // invitation, so the agent can reach a self-hosted hub after joining.
    [[nodiscard]] static Status remember(Workspace &ws, const Invitation &invitation);
    // Keeps a hub address and, unless empty, a pin.
    [[nodiscard]] static Status remember(Workspace &ws, const QString &url, const QByteArray &pin);
    // `url` with the pin `ws` stored, if any.
    [[nodiscard]] static HubConnection::Options withStoredPin(const QUrl &url, Workspace *ws,
                                                              int timeoutMs = kTimeoutMs);
};

} // namespace vigia
