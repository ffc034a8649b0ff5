#include "FileTransport.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace vigia::test {

namespace {
const QString kSuffix = QStringLiteral(".vigiabundle");
} // namespace

FileTransport::FileTransport(QString root)
    : m_root(std::move(root))
{}

QString FileTransport::folder(const QString &device, const char *name) const
{
    return QDir(m_root).filePath(device + QLatin1Char('/') + QLatin1String(name));
}

Status FileTransport::send(const QString &from, const QString &to, const QByteArray &bytes)
{
    const QString inbox = folder(to, "inbox");
    if (!QDir().mkpath(inbox))
        return Error(ErrorCode::Io, QStringLiteral("cannot create %1").arg(inbox));
    // The sender in the name is for people reading a failed test's folder.
    const QString name =
        QStringLiteral("%1-%2").arg(++m_sent, 6, 10, QLatin1Char('0')).arg(from) + kSuffix;
    QSaveFile file(QDir(inbox).filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error(ErrorCode::Io,
                     QStringLiteral("cannot write %1: %2").arg(name, file.errorString()));
    return {};
}

Result<QList<BundleTransport::Delivery>> FileTransport::receive(const QString &to)
{
    const QDir inbox(folder(to, "inbox"));
    const QString received = folder(to, "received");
    if (!QDir().mkpath(received))
        return Error(ErrorCode::Io, QStringLiteral("cannot create %1").arg(received));
    QList<Delivery> out;
    const QStringList names =
        inbox.entryList({QLatin1Char('*') + kSuffix}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString path = QDir(received).filePath(name);
        if (!QFile::rename(inbox.filePath(name), path))
            return Error(ErrorCode::Io, QStringLiteral("cannot move %1").arg(name));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Io,
                         QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        // "000007-alice.vigiabundle" → "alice"
        const QString from = name.section(QLatin1Char('-'), 1).chopped(kSuffix.size());
        out.append(Delivery{from, file.readAll(), path});
    }
    return out;
}

} // namespace vigia::test
