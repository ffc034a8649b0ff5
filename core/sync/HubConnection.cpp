#include "sync/HubConnection.h"

#include "common/LogCategories.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace vigia {

HubConnection::HubConnection(Options options)
    : m_options(std::move(options))
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    // Redirects are not followed: a hub that moved says so in its answer,
    // and a bearer token is never carried to another host.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HubConnection::~HubConnection()
{
    abort();
}

QUrl HubConnection::resolve(const QString &path) const
{
    const QUrl given(path);
    if (given.isValid() && !given.isRelative())
        return given;
    QUrl url = m_options.base;
    QString prefix = url.path();
    if (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(prefix + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    return url;
}

QByteArray HubConnection::jsonBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray HubConnection::certificateSha256(const QByteArray &der)
{
    return QCryptographicHash::hash(der, QCryptographicHash::Sha256);
}

HubReply HubConnection::send(const QByteArray &method, const QString &path, const Headers &headers,
                             const QByteArray &body, const Progress &uploadProgress,
                             const Progress &downloadProgress)
{
    QNetworkRequest request(resolve(path));
    request.setTransferTimeout(m_options.timeoutMs);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    m_current = reply;
    HubReply r;
    if (!m_options.pinnedCertSha256.isEmpty()) {
        const QByteArray pin = m_options.pinnedCertSha256;
        // A certificate no system CA vouches for is accepted only when it
        // is the pinned one; a trusted one must be the pinned one too.
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply, pin, &r] {
            if (certificateSha256(reply->sslConfiguration().peerCertificate().toDer()) == pin)
                reply->ignoreSslErrors();
            else
                r.pinMismatch = true;
        });
        QObject::connect(reply, &QNetworkReply::encrypted, reply, [reply, pin, &r] {
            if (certificateSha256(reply->sslConfiguration().peerCertificate().toDer()) != pin) {
                r.pinMismatch = true;
                reply->abort();
            }
        });
    }
    if (uploadProgress)
        QObject::connect(reply, &QNetworkReply::uploadProgress, reply, uploadProgress);
    if (downloadProgress)
        QObject::connect(reply, &QNetworkReply::downloadProgress, reply, downloadProgress);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    m_current = nullptr;

    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        r.headers.insert(name.toLower(), value);
    r.body = reply->readAll();
    const QNetworkReply::NetworkError error = reply->error();
    r.timedOut = error == QNetworkReply::OperationCanceledError && !r.pinMismatch &&
                 clock.elapsed() >= m_options.timeoutMs;
    // Errors below 200 are the transport's (refused, closed, timed out,
    // TLS, proxy); above are HTTP statuses, which the status already says.
    // An answer whose body arrived whole stands even if the connection then
    // closed under it (a proxy's 503 sent before the request was read).
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    const bool whole = r.status != 0 && length.isValid() && length.toLongLong() == r.body.size();
    const bool transportFailed = error != QNetworkReply::NoError && int(error) < 200 && !whole;
    if (r.status == 0 || r.pinMismatch || transportFailed) {
        r.statusBeforeCut = r.status;
        r.status = 0;
        r.networkError =
            r.pinMismatch ? tr("the hub's certificate is not the one this project "
                               "pinned")
            : r.timedOut
                ? tr("the hub did not answer for %1 seconds").arg(m_options.timeoutMs / 1000)
                : reply->errorString();
        if (error == QNetworkReply::SslHandshakeFailedError && !r.pinMismatch)
            r.networkError =
                tr("the hub's certificate is not trusted (%1)").arg(reply->errorString());
    }
    qCDebug(lcSync) << method << request.url().path() << r.status << r.body.size() << "bytes"
                    << clock.elapsed() << "ms";
    QObject::disconnect(reply, nullptr, nullptr, nullptr); // the lambdas hold &r
    reply->deleteLater();
    return r;
}

void HubConnection::abort()
{
    if (m_current)
        m_current->abort();
}

QString HubConnection::describe(const HubReply &reply)
{
    if (!reply.answered())
        return reply.networkError;
    const QString message = reply.message();
    if (!message.isEmpty())
        return message;
    return tr("the hub answered HTTP %1").arg(reply.status);
}

Error HubConnection::errorFor(const HubReply &reply, const QString &what)
{
    ErrorCode code = ErrorCode::Failure;
    // A certificate that is not the pinned or a trusted one is a network
    // problem, not a verdict on this device: a hotel's or a border post's
    // Wi-Fi that intercepts TLS does this, and the next network will not.
    // Nothing is sent through it either way.
    if (reply.status == 401 || reply.status == 403)
        code = ErrorCode::Untrusted;
    else if (!reply.answered() || reply.status >= 500 || reply.status == 429)
        code = ErrorCode::Network;
    else if (reply.status == 404)
        code = ErrorCode::NotFound;
    else if (reply.status == 413)
        code = ErrorCode::TooLarge;
    else if (reply.status == 422)
        code = ErrorCode::Validation;
    return Error(code, tr("%1: %2").arg(what, describe(reply)));
}

} // namespace vigia
