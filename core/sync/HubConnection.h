#pragma once

#include "common/Error.h"
#include "sync/HubReply.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace vigia {

// HTTP to one hub: every request waited for in a local event loop, so the
// sync module reads as a sequence of steps. Meant for a thread of its own
// (the sync agent's) or a command-line program; never the GUI thread.
//
// TLS uses the system's certificate authorities. A self-hosted hub with a
// CA of its own is trusted through a pin instead: the SHA-256 of its
// certificate (DER). With a pin, a certificate that does not match is
// refused even when a public CA signed it.
//
// Every request has an inactivity timeout: a transfer that moves no byte for
// `timeoutMs` fails, one that moves slowly goes on (a 20 kB/s link is slow,
// not dead).
class HubConnection
{
    Q_DECLARE_TR_FUNCTIONS(vigia::HubConnection)

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    using Progress = std::function<void(qint64 done, qint64 total)>;

    struct Options
    {
        QUrl base;                   // https://hub.example.org (a path prefix is kept)
        QByteArray pinnedCertSha256; // 32 bytes, or empty for the system's CAs
        int timeoutMs = 30000;
    };

    explicit HubConnection(Options options);
    ~HubConnection();
    HubConnection(const HubConnection &) = delete;
    HubConnection &operator=(const HubConnection &) = delete;

    [[nodiscard]] const Options &options() const { return m_options; }
    // `path` below the base ("/v1/health"), or an absolute URL on the same
    // hub (a tus Location).
    [[nodiscard]] QUrl resolve(const QString &path) const;
    [[nodiscard]] HubReply send(const QByteArray &method, const QString &path,
                                const Headers &headers = {}, const QByteArray &body = {},
                                const Progress &uploadProgress = {},
                                const Progress &downloadProgress = {});
    // Ends the request in progress at once (from the connection's thread,
    // e.g. a queued call while send() waits); it answers networkError.
    void abort();

    // What to tell people about a failed request, in their language: the
    // hub's own message for a refusal, else what happened to the connection.
    [[nodiscard]] static QString describe(const HubReply &reply);
    // describe() as an Error with a code the callers act on: Network for no
    // answer (a wrong certificate included), 5xx and 429; Untrusted for
    // 401/403.
    [[nodiscard]] static Error errorFor(const HubReply &reply, const QString &what);

    [[nodiscard]] static QByteArray certificateSha256(const QByteArray &der);
    // A JSON request body as the hub reads it (compact UTF-8).
    [[nodiscard]] static QByteArray jsonBody(const QJsonObject &object);

private:
    Options m_options;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QPointer<QNetworkReply> m_current;
};

} // namespace vigia
