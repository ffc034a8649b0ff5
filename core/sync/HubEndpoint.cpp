#include "sync/HubEndpoint.h"

#include "project/Invitation.h"
#include "store/Workspace.h"
#include "sync/SyncPass.h"
#include "sync/SyncStore.h"

namespace vigia {

Result<QUrl> HubEndpoint::parseUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed);
    if (trimmed.isEmpty() || !url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return Error(ErrorCode::Usage, tr("'%1' is not a hub address. Give one such as "
                                          "https://hub.example.org.")
                                           .arg(trimmed));
    return url;
}

Result<QByteArray> HubEndpoint::parsePin(const QString &text)
{
    QString hex = text;
    hex.remove(QLatin1Char(':')).remove(QLatin1Char(' '));
    if (hex.isEmpty())
        return QByteArray();
    const QByteArray pin = QByteArray::fromHex(hex.toLatin1());
    if (hex.size() != 64 || pin.size() != 32 || pin.toHex() != hex.toLower().toLatin1())
        return Error(ErrorCode::Usage, tr("The certificate fingerprint is the certificate's "
                                          "SHA-256 as 64 hexadecimal digits (0-9, a-f)."));
    return pin;
}

Result<HubConnection::Options> HubEndpoint::of(Workspace &ws, int timeoutMs)
{
    auto url = SyncPass::hubUrl(ws);
    if (!url)
        return url.error();
    auto parsed = parseUrl(url.value());
    if (!parsed)
        return parsed.error();
    return withStoredPin(parsed.value(), &ws, timeoutMs);
}

Status HubEndpoint::remember(Workspace &ws, const Invitation &invitation)
{
    return remember(ws, invitation.hubUrl, invitation.hubCertSha256);
}

Status HubEndpoint::remember(Workspace &ws, const QString &url, const QByteArray &pin)
{
    SyncStore sync(ws.database());
    if (!url.isEmpty())
        if (Status s = sync.setValue(SyncStore::kHubUrl, url); !s)
            return s;
    if (!pin.isEmpty())
        if (Status s = sync.setCertPin(pin); !s)
            return s;
    return {};
}

HubConnection::Options HubEndpoint::withStoredPin(const QUrl &url, Workspace *ws, int timeoutMs)
{
    HubConnection::Options options{url, {}, timeoutMs};
    if (ws) {
        auto pin = SyncStore(ws->database()).certPin();
        if (pin)
            options.pinnedCertSha256 = pin.value();
    }
    return options;
}

} // namespace vigia
