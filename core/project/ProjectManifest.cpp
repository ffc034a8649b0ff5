#include "project/ProjectManifest.h"

#include "common/CanonicalCbor.h"
#include "crypto/Fingerprint.h"
#include "project/SignedFile.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>

#include <algorithm>

namespace vigia {

namespace {
QString k(const char *key)
{
    return QString::fromLatin1(key);
}

bool isId(const QCborValue &v)
{
    return v.isByteArray() && v.toByteArray().size() == 16;
}

bool isKey(const QCborValue &v)
{
    return v.isByteArray() && v.toByteArray().size() == 32;
}

bool isUInt(const QCborValue &v)
{
    return v.isInteger() && v.toInteger() >= 0;
}
} // namespace

const ManifestDevice *ProjectManifest::device(const QByteArray &id) const
{
    for (const ManifestDevice &d : devices) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

const ManifestRevocation *ProjectManifest::revocation(const QByteArray &id) const
{
    for (const ManifestRevocation &r : revoked) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

bool ProjectManifest::isRecipient(const QByteArray &id) const
{
    return recipients.contains(id);
}

QByteArray ProjectManifest::encodeBody() const
{
    QList<ManifestDevice> sortedDevices = devices;
    std::sort(sortedDevices.begin(), sortedDevices.end(),
              [](const ManifestDevice &a, const ManifestDevice &b) { return a.id < b.id; });
    QCborArray deviceArray;
    for (const ManifestDevice &d : std::as_const(sortedDevices)) {
        QCborArray countries;
        for (const QString &c : d.countries)
            countries.append(c);
        QCborMap m;
        m.insert(k("id"), d.id);
        m.insert(k("name"), d.name);
        m.insert(k("role"), roleName(d.role));
        m.insert(k("sign_pk"), d.signPk);
        m.insert(k("box_pk"), d.boxPk);
        m.insert(k("countries"), countries);
        deviceArray.append(m);
    }
    QList<QByteArray> sortedRecipients = recipients;
    std::sort(sortedRecipients.begin(), sortedRecipients.end());
    QCborArray recipientArray;
    for (const QByteArray &r : std::as_const(sortedRecipients))
        recipientArray.append(r);
    QList<ManifestRevocation> sortedRevoked = revoked;
    std::sort(sortedRevoked.begin(), sortedRevoked.end(),
              [](const ManifestRevocation &a, const ManifestRevocation &b) { return a.id < b.id; });
    QCborArray revokedArray;
    for (const ManifestRevocation &r : std::as_const(sortedRevoked)) {
        QCborMap m;
        m.insert(k("id"), r.id);
        m.insert(k("sign_pk"), r.signPk);
        m.insert(k("revoked_hlc"), qint64(r.revokedHlc));
        m.insert(k("version"), qint64(r.version));
        m.insert(k("accepted_counter"), qint64(r.acceptedCounter));
        revokedArray.append(m);
    }
    QCborMap body;
    body.insert(k("project_id"), projectId);
    body.insert(k("name"), name);
    body.insert(k("hub_url"), hubUrl);
    body.insert(k("country"), country);
    body.insert(k("project_pk"), projectPk);
    body.insert(k("version"), qint64(version));
    body.insert(k("issued_hlc"), qint64(issuedHlc));
    body.insert(k("devices"), deviceArray);
    body.insert(k("recipients"), recipientArray);
    body.insert(k("revoked"), revokedArray);
    return CanonicalCbor::encode(body);
}

Result<ProjectManifest> ProjectManifest::decodeBody(const QByteArray &body)
{
    const Error corrupt(ErrorCode::Corrupt, tr("The project manifest is damaged or malformed. "
                                               "Ask the coordinator for a new copy."));
    const QCborValue value = QCborValue::fromCbor(body);
    if (!value.isMap())
        return corrupt;
    const QCborMap m = value.toMap();
    ProjectManifest out;
    if (!isId(m.value(k("project_id"))) || !isKey(m.value(k("project_pk"))) ||
        !m.value(k("name")).isString() || !m.value(k("hub_url")).isString() ||
        !m.value(k("country")).isString() || !isUInt(m.value(k("version"))) ||
        !isUInt(m.value(k("issued_hlc"))) || !m.value(k("devices")).isArray() ||
        !m.value(k("recipients")).isArray() || !m.value(k("revoked")).isArray())
        return corrupt;
    out.projectId = m.value(k("project_id")).toByteArray();
    out.projectPk = m.value(k("project_pk")).toByteArray();
    out.name = m.value(k("name")).toString();
    out.hubUrl = m.value(k("hub_url")).toString();
    out.country = m.value(k("country")).toString();
    out.version = quint64(m.value(k("version")).toInteger());
    out.issuedHlc = quint64(m.value(k("issued_hlc")).toInteger());
    for (const QCborValue &dv : m.value(k("devices")).toArray()) {
        const QCborMap d = dv.toMap();
        if (!isId(d.value(k("id"))) || !isKey(d.value(k("sign_pk"))) ||
            !isKey(d.value(k("box_pk"))) || !d.value(k("name")).isString() ||
            !roleFromName(d.value(k("role")).toString()) || !d.value(k("countries")).isArray())
            return corrupt;
        ManifestDevice dev;
        dev.id = d.value(k("id")).toByteArray();
        dev.name = d.value(k("name")).toString();
        dev.role = *roleFromName(d.value(k("role")).toString());
        dev.signPk = d.value(k("sign_pk")).toByteArray();
        dev.boxPk = d.value(k("box_pk")).toByteArray();
        for (const QCborValue &c : d.value(k("countries")).toArray()) {
            if (!c.isString())
                return corrupt;
            dev.countries.append(c.toString());
        }
        if (out.device(dev.id))
            return corrupt;
        out.devices.append(dev);
    }
    for (const QCborValue &rv : m.value(k("recipients")).toArray()) {
        // A recipient must be an approved device (its box key comes from
        // there) and a coordinator: researcher data goes to no one else.
        if (!isId(rv) || !out.device(rv.toByteArray()) ||
            out.device(rv.toByteArray())->role != Role::Coordinator)
            return corrupt;
        out.recipients.append(rv.toByteArray());
    }
    for (const QCborValue &rv : m.value(k("revoked")).toArray()) {
        const QCborMap r = rv.toMap();
        if (!isId(r.value(k("id"))) || !isKey(r.value(k("sign_pk"))) ||
            !isUInt(r.value(k("revoked_hlc"))) || !isUInt(r.value(k("version"))) ||
            !isUInt(r.value(k("accepted_counter"))))
            return corrupt;
        ManifestRevocation rev;
        rev.id = r.value(k("id")).toByteArray();
        rev.signPk = r.value(k("sign_pk")).toByteArray();
        rev.revokedHlc = quint64(r.value(k("revoked_hlc")).toInteger());
        rev.version = quint64(r.value(k("version")).toInteger());
        rev.acceptedCounter = quint64(r.value(k("accepted_counter")).toInteger());
        if (out.device(rev.id))
            return corrupt;
        out.revoked.append(rev);
    }
    return out;
}

Result<QByteArray> ProjectManifest::sign(const DeviceKeys &projectKey) const
{
    if (!projectKey.isValid() || projectKey.signPublicKey != projectPk) {
        return Error(ErrorCode::Untrusted,
                     tr("Only the holder of the project key can issue a manifest, and this "
                        "workspace does not hold the key of this project."));
    }
    return SignedFile::seal(kKind, encodeBody(), projectKey);
}

Result<ProjectManifest> ProjectManifest::open(const QByteArray &bytes,
                                              const QByteArray &pinnedFingerprint,
                                              const QByteArray &projectId)
{
    auto file = SignedFile::open(bytes, kKind);
    if (!file)
        return file.error();
    if (Fingerprint::of(file.value().signerPk) != pinnedFingerprint) {
        return Error(ErrorCode::Untrusted,
                     tr("This manifest is not signed by the key of your project (fingerprint "
                        "%1); it was ignored. Ask your coordinator for the project's manifest.")
                         .arg(Fingerprint::format(pinnedFingerprint)));
    }
    auto manifest = decodeBody(file.value().body);
    if (!manifest)
        return manifest.error();
    if (manifest.value().projectPk != file.value().signerPk)
        return Error(ErrorCode::Tampered, tr("The manifest names a project key other than the "
                                             "one that signed it. Do not use it."));
    if (!projectId.isEmpty() && manifest.value().projectId != projectId)
        return Error(ErrorCode::Untrusted,
                     tr("This manifest belongs to another project; it was ignored."));
    return manifest;
}

} // namespace vigia
