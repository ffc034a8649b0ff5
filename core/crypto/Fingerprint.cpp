#include "crypto/Fingerprint.h"

#include "common/LogCategories.h"
#include "crypto/Blake2b.h"

#include <sodium.h>

namespace vigia {

QByteArray Fingerprint::of(const QByteArray &signPublicKey)
{
    if (signPublicKey.size() != static_cast<qsizetype>(crypto_sign_PUBLICKEYBYTES)) {
        qCWarning(lcCrypto) << "fingerprint requested for a key of" << signPublicKey.size()
                            << "bytes; expected" << crypto_sign_PUBLICKEYBYTES;
        return {};
    }
    // Truncating the 32-byte digest (rather than asking BLAKE2b for 16 bytes,
    // which yields a different value) is what docs/design.md §6 specifies.
    return Blake2b::hash256(signPublicKey).left(Length);
}

QString Fingerprint::format(const QByteArray &fp16)
{
    const QString hex = QString::fromLatin1(fp16.toHex());
    QString out;
    out.reserve(hex.size() + hex.size() / 4);
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        if (i > 0)
            out += QLatin1Char(' ');
        out += QStringView(hex).mid(i, 4);
    }
    return out;
}

QString Fingerprint::ofKey(const QByteArray &signPublicKey)
{
    return format(of(signPublicKey));
}

} // namespace vigia
