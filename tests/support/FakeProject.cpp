#include "FakeProject.h"

#include "crypto/KdfLimits.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "FileTransport.h"
#include "oplog/OpLog.h"
#include "oplog/StreamOrigin.h"
#include "project/JoinRequest.h"
#include "project/ProjectAdmin.h"
#include "project/ProjectMembership.h"
#include "project/ProjectStore.h"
#include "project/ReceiptBook.h"
#include "project/SignedFile.h"
#include "TestWorkspace.h"

#include <QDir>
#include <QFile>
#include <QMap>

#include <sqlite3.h>

namespace vigia::test {

namespace {

struct Head
{
    quint64 counter = 0;
    QByteArray hash;
    friend bool operator==(const Head &, const Head &) = default;
};

// How far `ws` holds the chain of `origin` (ops waiting in pending_ops are
// not held yet).
Head headOf(Workspace &ws, const QByteArray &origin)
{
    Statement st(ws.database().handle(), "SELECT counter, hash FROM chain_heads WHERE origin = ?1");
    st.bind(1, origin);
    if (st.step() != SQLITE_ROW)
        return {};
    return {quint64(st.columnInt64(0)), st.columnBlob(1)};
}

// Every chain head the device holds, as one comparable value.
QByteArray allHeads(Workspace &ws)
{
    Statement st(ws.database().handle(),
                 "SELECT origin, counter, hash FROM chain_heads ORDER BY origin");
    QByteArray out;
    while (st.step() == SQLITE_ROW)
        out += st.columnBlob(0).toHex() + ':' + QByteArray::number(st.columnInt64(1)) + ':' +
               st.columnBlob(2).toHex() + ' ';
    return out;
}

QByteArray installedManifest(Workspace &ws, quint64 *version)
{
    auto state = ProjectStore(ws.database()).load();
    if (!state || !state.value() || !state.value()->manifest)
        return {};
    *version = state.value()->manifest->version;
    return state.value()->manifestBytes;
}

} // namespace

FakeProject::FakeProject()
    : m_transport(std::make_unique<FileTransport>(m_dir.filePath(QStringLiteral("transport"))))
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder");
        return;
    }
    auto ws = createWorkspace(kCoordinator, Role::Coordinator);
    if (!ws)
        return;
    auto created = ProjectAdmin(*ws).create(QStringLiteral("Frontera Sur"), QStringLiteral("BR"),
                                            QStringLiteral("https://hub.example.org"));
    if (!created) {
        fail(QStringLiteral("creating the project"), created.error());
        return;
    }
    m_devices.push_back({kCoordinator, std::move(ws)});
}

FakeProject::~FakeProject() = default;

bool FakeProject::fail(const QString &step, const Error &error)
{
    if (m_error.isEmpty())
        m_error = step + QStringLiteral(": ") + error.message();
    return false;
}

QString FakeProject::folder(const QString &device, const char *name) const
{
    return m_dir.filePath(device + QLatin1Char('/') + QLatin1String(name));
}

std::unique_ptr<Workspace> FakeProject::createWorkspace(const QString &name, Role role)
{
    const QString dir = folder(name, "workspace");
    if (!QDir().mkpath(dir)) {
        fail(QStringLiteral("creating %1").arg(dir), Error(ErrorCode::Io, QString()));
        return nullptr;
    }
    auto ws = Workspace::create(dir, TestWorkspace::kPassphrase, name, role,
                                KdfLimits::insecureForTests(), m_clock.fn());
    if (!ws) {
        fail(QStringLiteral("creating the workspace of %1").arg(name), ws.error());
        return nullptr;
    }
    return ws.take();
}

FakeProject::Device &FakeProject::find(const QString &name)
{
    for (Device &d : m_devices) {
        if (d.name == name)
            return d;
    }
    qFatal("FakeProject: there is no device '%s' (test bug)", qPrintable(name));
}

Workspace &FakeProject::workspace(const QString &name)
{
    return *find(name).ws;
}

QByteArray FakeProject::deviceId(const QString &name)
{
    return workspace(name).deviceId().toRfc4122();
}

QStringList FakeProject::devices() const
{
    QStringList out;
    for (const Device &d : m_devices)
        out.append(d.name);
    return out;
}

void FakeProject::setTransport(std::unique_ptr<BundleTransport> transport)
{
    m_transport = std::move(transport);
}

bool FakeProject::addDevice(const QString &name, Role role)
{
    if (!isValid())
        return false;
    for (const Device &d : m_devices) {
        if (d.name == name)
            return fail(QStringLiteral("adding %1").arg(name),
                        Error(ErrorCode::Usage, QStringLiteral("the name is taken")));
    }
    auto ws = createWorkspace(name, role);
    if (!ws)
        return false;
    if (Status s = enrol(*ws); !s)
        return fail(QStringLiteral("enrolling %1").arg(name), s.error());
    m_devices.push_back({name, std::move(ws)});
    if (Status s = distributeManifest(); !s)
        return fail(QStringLiteral("handing out the manifest"), s.error());
    return true;
}

Status FakeProject::enrol(Workspace &member)
{
    // Through files, as on a USB stick: the invitation one way, the request
    // the other; the coordinator approves what it read from the file.
    ProjectAdmin admin(workspace(kCoordinator));
    auto invitation = admin.invitation();
    if (!invitation)
        return invitation.error();
    const QString invitationFile = folder(member.deviceName(), "invitation.vigia");
    if (Status s = SignedFile::writeFile(invitationFile, invitation.value()); !s)
        return s;
    auto read = SignedFile::readFile(invitationFile);
    if (!read)
        return read.error();
    ProjectMembership membership(member);
    if (auto joined = membership.join(read.value()); !joined)
        return joined.error();
    auto request = membership.request();
    if (!request)
        return request.error();
    const QString requestFile = folder(member.deviceName(), "join-request.vigia");
    if (Status s = SignedFile::writeFile(requestFile, request.value()); !s)
        return s;
    auto requestBytes = SignedFile::readFile(requestFile);
    if (!requestBytes)
        return requestBytes.error();
    auto parsed = JoinRequest::open(requestBytes.value());
    if (!parsed)
        return parsed.error();
    if (auto approved = admin.approve(parsed.value(), member.role()); !approved)
        return approved.error();
    return {};
}

Status FakeProject::distributeManifest()
{
    quint64 current = 0;
    const QByteArray manifest = installedManifest(workspace(kCoordinator), &current);
    const QString file = m_dir.filePath(QStringLiteral("manifest-%1.vigia").arg(current));
    if (Status s = SignedFile::writeFile(file, manifest); !s)
        return s;
    auto bytes = SignedFile::readFile(file);
    if (!bytes)
        return bytes.error();
    for (Device &d : m_devices) {
        quint64 held = 0;
        (void)installedManifest(*d.ws, &held);
        if (held >= current)
            continue;
        if (auto imported = ProjectMembership(*d.ws).importManifest(bytes.value()); !imported)
            return imported.error();
    }
    return {};
}

QList<Result<ChangeImporter::Outcome>> FakeProject::carry(const QString &from, const QString &to)
{
    QList<Result<ChangeImporter::Outcome>> out;
    m_lastExport = {};
    Workspace &source = workspace(from);
    Workspace &target = workspace(to);
    auto exported = ChangeExporter::exportTo(source, folder(from, "outbox"));
    if (!exported) {
        out.append(exported.error());
        return out;
    }
    m_lastExport = exported.value();
    // Each audience has bundles of its own (docs/store.md, "Streams by
    // audience"): `to` gets those sealed to it. When none is, the first goes
    // anyway, as a stick handed to the wrong person, for `to` to refuse.
    const QByteArray toId = target.deviceId().toRfc4122();
    bool sealedToTarget = false;
    for (const QList<QByteArray> &ids : std::as_const(m_lastExport.recipients))
        sealedToTarget = sealedToTarget || ids.contains(toId);
    for (qsizetype i = 0; i < m_lastExport.paths.size(); ++i) {
        if (sealedToTarget ? !m_lastExport.recipients.value(i).contains(toId) : i > 0)
            continue;
        QFile file(m_lastExport.paths.at(i));
        if (!file.open(QIODevice::ReadOnly)) {
            out.append(Error(ErrorCode::Io, file.errorString()));
            return out;
        }
        const Transit transit{from, to, ++m_sent, file.readAll()};
        const QList<QByteArray> wire = m_hook ? m_hook(transit) : QList{transit.bytes};
        for (const QByteArray &bytes : wire) {
            if (Status s = m_transport->send(from, to, bytes); !s) {
                out.append(s.error());
                return out;
            }
        }
    }
    auto received = m_transport->receive(to);
    if (!received) {
        out.append(received.error());
        return out;
    }
    ChangeImporter importer(target);
    for (const BundleTransport::Delivery &d : received.value())
        out.append(d.path.isEmpty() ? importer.importBytes(d.bytes) : importer.importFile(d.path));
    return out;
}

Status FakeProject::carryReceipt(const QString &from, const QString &to)
{
    auto receipt = ReceiptBook::issue(workspace(from));
    if (!receipt)
        return receipt.error();
    const QString file = folder(from, "receipt.vigia");
    if (Status s = SignedFile::writeFile(file, receipt.value()); !s)
        return s;
    auto bytes = SignedFile::readFile(file);
    if (!bytes)
        return bytes.error();
    if (auto accepted = ReceiptBook::accept(workspace(to), bytes.value()); !accepted)
        return accepted.error();
    return {};
}

QByteArray FakeProject::stateHash(const QString &name)
{
    auto hash = workspace(name).oplog().stateHash();
    return hash ? hash.value().toHex()
                : QByteArrayLiteral("error: ") + hash.error().message().toUtf8();
}

QString FakeProject::divergence()
{
    QStringList problems;
    auto project = ProjectStore(workspace(kCoordinator).database()).requireManifest();
    if (!project)
        return QStringLiteral("the coordinator has no manifest: ") + project.error().message();
    const ProjectManifest &manifest = project.value();

    // The memberships.
    quint64 current = 0;
    const QByteArray expected = installedManifest(workspace(kCoordinator), &current);
    for (Device &d : m_devices) {
        quint64 held = 0;
        if (installedManifest(*d.ws, &held) != expected)
            problems.append(QStringLiteral("%1 holds manifest version %2, the coordinator %3")
                                .arg(d.name)
                                .arg(held)
                                .arg(current));
    }

    // The changes each recipient is entitled to.
    for (Device &to : m_devices) {
        const QByteArray toId = to.ws->deviceId().toRfc4122();
        if (!manifest.isRecipient(toId))
            continue;
        for (Device &from : m_devices) {
            const QByteArray fromId = from.ws->deviceId().toRfc4122();
            if (&from == &to || !manifest.device(fromId))
                continue;
            // Every stream of `from`: records, project, feedback about anyone.
            QList<QPair<QByteArray, QString>> streams{
                {fromId, QString()},
                {StreamOrigin::project(fromId), QStringLiteral(" (project stream)")}};
            for (const ManifestDevice &about : manifest.devices)
                streams.append({StreamOrigin::feedback(fromId, about.id),
                                QStringLiteral(" (feedback stream)")});
            for (const auto &[origin, label] : std::as_const(streams)) {
                const Head mine = headOf(*from.ws, origin);
                const Head theirs = headOf(*to.ws, origin);
                if (!(mine == theirs))
                    problems.append(QStringLiteral("%1 holds %2 of the %3 changes of %4%5")
                                        .arg(to.name)
                                        .arg(theirs.counter)
                                        .arg(mine.counter)
                                        .arg(from.name, label));
            }
        }
    }

    // The projections: equal chains must give equal states.
    QMap<QByteArray, QStringList> byChains;
    for (Device &d : m_devices)
        byChains[allHeads(*d.ws)].append(d.name);
    for (const QStringList &same : std::as_const(byChains)) {
        const QByteArray first = stateHash(same.first());
        for (const QString &other : same.mid(1)) {
            if (stateHash(other) != first)
                problems.append(QStringLiteral("%1 and %2 hold the same changes but their states "
                                               "differ (%3 vs %4)")
                                    .arg(same.first(), other, QString::fromLatin1(first.left(12)),
                                         QString::fromLatin1(stateHash(other).left(12))));
        }
    }
    return problems.join(QStringLiteral("; "));
}

} // namespace vigia::test
