#include "forms/BuiltinForms.h"

#include "crypto/Blake2b.h"
#include "forms/FormJson.h"

#include <QDir>
#include <QFile>

namespace vigia {

namespace {
const QString kRoot = QStringLiteral(":/forms");

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}
} // namespace

QStringList BuiltinForms::paths()
{
    const QDir dir(kRoot);
    QStringList out;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        out.append(dir.filePath(name));
    return out;
}

Result<QList<FormDefinition>> BuiltinForms::load()
{
    QList<FormDefinition> out;
    for (const QString &path : paths()) {
        auto definition = FormJson::read(fileBytes(path), path);
        if (!definition) {
            return Error(ErrorCode::Corrupt,
                         tr("The built-in form %1 cannot be read: %2 Reinstall Vigia.")
                             .arg(path, definition.error().message()));
        }
        out.append(definition.take());
    }
    return out;
}

QByteArray BuiltinForms::packHash()
{
    // Computed once: the resource never changes while the program runs.
    static const QByteArray hash = [] {
        QByteArray all;
        for (const QString &path : paths()) {
            const QByteArray name = path.toUtf8();
            const QByteArray bytes = fileBytes(path);
            // Lengths first, so that no two packs concatenate to the same input.
            all += QByteArray::number(name.size()) + ':' + name + QByteArray::number(bytes.size()) +
                   ':' + bytes;
        }
        return Blake2b::hash256(all).toHex();
    }();
    return hash;
}

} // namespace vigia
