#include "project/InvitationCode.h"

#include "crypto/Blake2b.h"
#include "crypto/Fingerprint.h"
#include "project/Invitation.h"

#include <sodium.h>

namespace vigia {

namespace {
// Crockford's alphabet: no I, L, O or U, so nothing reads as another.
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kBits = (InvitationCode::kSecretBytes + InvitationCode::kFingerprintBytes) * 8;
constexpr int kChars = (kBits + 4) / 5; // 21
constexpr int kGroup = 4;

int valueOf(QChar c)
{
    const char u = char(c.toUpper().toLatin1());
    if (u == 'I' || u == 'L')
        return 1;
    if (u == 'O')
        return 0;
    for (int i = 0; i < 32; ++i) {
        if (kAlphabet[i] == u)
            return i;
    }
    return -1;
}
} // namespace

InvitationCode InvitationCode::generate(const QByteArray &projectPk)
{
    InvitationCode code;
    code.m_bytes.resize(kSecretBytes);
    randombytes_buf(code.m_bytes.data(), size_t(kSecretBytes));
    code.m_bytes += Fingerprint::of(projectPk).left(kFingerprintBytes);
    return code;
}

std::optional<InvitationCode> InvitationCode::parse(const QString &typed)
{
    QList<int> values;
    for (const QChar c : typed) {
        if (c == u'-' || c.isSpace())
            continue;
        const int v = valueOf(c);
        if (v < 0)
            return std::nullopt;
        values.append(v);
    }
    if (values.size() != kChars)
        return std::nullopt;
    InvitationCode code;
    code.m_bytes = QByteArray((kBits + 7) / 8, '\0');
    int bit = 0;
    for (const int v : values) {
        for (int b = 4; b >= 0; --b, ++bit) {
            if (bit >= kBits) {
                if ((v >> b) & 1)
                    return std::nullopt; // padding bits must be zero
                continue;
            }
            if ((v >> b) & 1)
                code.m_bytes[bit / 8] = char(code.m_bytes.at(bit / 8) | (0x80 >> (bit % 8)));
        }
    }
    return code;
}

QString InvitationCode::text() const
{
    QString out;
    int bit = 0;
    for (int i = 0; i < kChars; ++i) {
        int v = 0;
        for (int b = 0; b < 5; ++b, ++bit) {
            v <<= 1;
            if (bit < kBits && (quint8(m_bytes.at(bit / 8)) & (0x80 >> (bit % 8))))
                v |= 1;
        }
        if (i > 0 && i % kGroup == 0)
            out += u'-';
        out += QLatin1Char(kAlphabet[v]);
    }
    return out;
}

QByteArray InvitationCode::hash() const
{
    QByteArray message("vigia-invitation-code");
    message.append('\0');
    return Blake2b::hash256(message + m_bytes);
}

bool InvitationCode::matchesKey(const QByteArray &projectPk) const
{
    const QByteArray fingerprint = Fingerprint::of(projectPk);
    return !fingerprint.isEmpty() &&
           fingerprint.left(kFingerprintBytes) == m_bytes.mid(kSecretBytes);
}

bool InvitationCode::matches(const Invitation &invitation) const
{
    return matchesKey(invitation.projectPk);
}

} // namespace vigia
