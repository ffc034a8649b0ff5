#include "bundle/BundleFormat.h"

namespace vigia::BundleFormat {

void appendU16(QByteArray &out, quint16 v)
{
    out.append(char(v >> 8));
    out.append(char(v));
}

void appendU32(QByteArray &out, quint32 v)
{
    for (int s = 24; s >= 0; s -= 8)
        out.append(char(v >> s));
}

quint16 readU16(const char *p)
{
    const auto *u = reinterpret_cast<const uchar *>(p);
    return quint16((u[0] << 8) | u[1]);
}

quint32 readU32(const char *p)
{
    const auto *u = reinterpret_cast<const uchar *>(p);
    return (quint32(u[0]) << 24) | (quint32(u[1]) << 16) | (quint32(u[2]) << 8) | quint32(u[3]);
}

QByteArray signatureMessage(QByteArrayView digest)
{
    QByteArray m(kSignatureContext);
    m.append(digest.data(), digest.size());
    return m;
}

} // namespace vigia::BundleFormat
