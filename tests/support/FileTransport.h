#pragma once

#include "BundleTransport.h"

namespace vigia::test {

// A USB stick per device: send() writes the bytes as a .vigiabundle file
// into root/<to>/inbox, receive() moves them to root/<to>/received and
// hands out their paths, so the importer reads real files, as it does from
// a stick.
class FileTransport : public BundleTransport
{
public:
    explicit FileTransport(QString root);

    [[nodiscard]] Status send(const QString &from, const QString &to,
                              const QByteArray &bytes) override;
    [[nodiscard]] Result<QList<Delivery>> receive(const QString &to) override;

private:
    [[nodiscard]] QString folder(const QString &device, const char *name) const;

    QString m_root;
    int m_sent = 0; // numbers the files, so name order is send order
};

} // namespace vigia::test
