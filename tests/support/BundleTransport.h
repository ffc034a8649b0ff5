#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace vigia::test {

// How FakeProject moves bundles between its devices. Devices are named as
// in the fixture ("coordinator", "alice"); a transport maps names to
// whatever it needs. FileTransport is a USB stick; the hub client will be
// another implementation, so every fixture test can run over either.
class BundleTransport
{
public:
    struct Delivery
    {
        QString from;
        QByteArray bytes;
        QString path; // set by transports that deliver files: imported from there
    };

    virtual ~BundleTransport() = default;

    // Puts one bundle on its way from `from` to `to`.
    [[nodiscard]] virtual Status send(const QString &from, const QString &to,
                                      const QByteArray &bytes) = 0;
    // Everything sent to `to` and not received yet, in the order it was sent.
    [[nodiscard]] virtual Result<QList<Delivery>> receive(const QString &to) = 0;
};

} // namespace vigia::test
