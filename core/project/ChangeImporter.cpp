#include "project/ChangeImporter.h"

#include "oplog/Redactions.h"
#include "store/RecordRedaction.h"

#include "bundle/BundleReader.h"
#include "common/LogCategories.h"
#include "common/UuidText.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "oplog/OpLog.h"
#include "oplog/Redactions.h"
#include "project/FeedbackCheck.h"
#include "project/FormPublicationCheck.h"
#include "project/InboxLog.h"
#include "project/ProjectStore.h"
#include "project/QuarantineCap.h"
#include "project/ReceiptBook.h"
#include "project/RecordWriteCheck.h"
#include "project/Routing.h"
#include "project/SignedFile.h"
#include "project/WorkspaceProjects.h"
#include "store/FormPublication.h"
#include "store/RecordRedaction.h"
#include "store/TargetStore.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>

namespace vigia {

namespace {
// A quarantined bundle failing so will never verify now that its sender is
// known; any other failure may pass on a later try.
bool leavesQuarantine(ErrorCode code)
{
    return code == ErrorCode::Tampered || code == ErrorCode::Untrusted ||
           code == ErrorCode::Corrupt || code == ErrorCode::TooLarge;
}

QString deviceLabel(const QByteArray &id)
{
    return UuidText::of(id);
}

// Names are chosen by people and need not be unique: the id's first group
// tells two "Ana - laptop"s apart.
QString deviceLabel(const ManifestDevice &device)
{
    if (device.name.isEmpty())
        return deviceLabel(device.id);
    return QStringLiteral("%1 (%2)").arg(device.name, deviceLabel(device.id).left(8));
}
} // namespace

ChangeImporter::ChangeImporter(Workspace &ws, const QuarantineLimits &quarantineLimits)
    : m_ws(ws)
    , m_quarantineLimits(quarantineLimits)
{}

QString ChangeImporter::quarantineDir(const QString &workspaceDir)
{
    return QDir(workspaceDir).filePath(QStringLiteral("quarantine"));
}

Result<QByteArray> ChangeImporter::readFile(const QString &path)
{
    if (!QFile::exists(path))
        return Error(ErrorCode::NotFound, tr("There is no file %1. Check the name and the folder.")
                                              .arg(QDir::toNativeSeparators(path)));
    if (QFileInfo(path).size() > BundleLimits().maxBundleBytes)
        return BundleReader::parseFile(path).error(); // its TooLarge message, before reading
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(
            ErrorCode::Io,
            tr("Cannot read %1 (%2).").arg(QDir::toNativeSeparators(path), file.errorString()));
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error(
            ErrorCode::Io,
            tr("Cannot read %1 (%2).").arg(QDir::toNativeSeparators(path), file.errorString()));
    return bytes;
}

Result<ChangeImporter::Outcome> ChangeImporter::importFile(const QString &path,
                                                           const Progress &progress)
{
    auto bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    return run(bytes.value(), false, Mode::Import, progress, QFileInfo(path).fileName());
}

Result<ChangeImporter::Outcome> ChangeImporter::verifyFile(const QString &path)
{
    auto bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    return run(bytes.value(), false, Mode::Verify);
}

Result<ChangeImporter::Outcome> ChangeImporter::importBytes(const QByteArray &bytes)
{
    return run(bytes, false, Mode::Import);
}

QList<QPair<QString, Result<ChangeImporter::Outcome>>> ChangeImporter::importDir(const QString &dir)
{
    QList<QPair<QString, Result<Outcome>>> out;
    m_skippedForOthers = 0;
    const QStringList names =
        QDir(dir).entryList({QStringLiteral("*.vigiabundle")}, QDir::Files, QDir::Name);
    const QByteArray me = m_ws.deviceId().toRfc4122();
    for (const QString &name : names) {
        const QString path = QDir(dir).filePath(name);
        // A stick carries bundles for several people (streams by audience:
        // one set for the coordinators, one per researcher); those sealed to
        // others are theirs to import, not an error here.
        auto bytes = readFile(path);
        if (!bytes) {
            out.append({path, bytes.error()});
            continue;
        }
        if (auto parsed = BundleReader::parse(bytes.value());
            parsed && parsed.value().header().senderDevice != me &&
            parsed.value().header().sealedKeyFor(me).isEmpty()) {
            ++m_skippedForOthers;
            continue;
        }
        out.append({path, run(bytes.value(), false, Mode::Import, {}, name)});
    }
    // After the bundles: a receipt may name one of them.
    auto receipts = ReceiptBook::acceptBeside(m_ws, dir);
    if (!receipts)
        out.append({dir, receipts.error()});
    m_receiptsAccepted = receipts ? receipts.value() : 0;
    return out;
}

Result<ChangeImporter::Outcome> ChangeImporter::run(const QByteArray &bytes, bool fromQuarantine,
                                                    Mode mode, const Progress &progress,
                                                    const QString &file)
{
    auto out = runOnce(bytes, fromQuarantine, mode, progress, file);
    if (out || mode == Mode::Verify || (fromQuarantine && !leavesQuarantine(out.error().code())))
        return out;
    // runOnce's transaction is rolled back by now: the refusal is the only
    // thing this bundle writes. Failing to write it must not hide the refusal.
    InboxLog::Arrival arrival{{}, {}, 0, file, 0, -1};
    if (auto parsed = BundleReader::parse(bytes)) {
        arrival.bundleId = parsed.value().bundleId();
        arrival.sender = parsed.value().header().senderDevice;
        arrival.createdHlc = parsed.value().header().createdHlc;
        arrival.ops = int(parsed.value().header().opCount);
    }
    Transaction txn(m_ws.database());
    Status noted = txn.begun();
    if (noted)
        noted = InboxLog(m_ws.database())
                    .received(arrival, InboxEntry::State::Refused, fromQuarantine,
                              out.error().message());
    if (noted)
        noted = txn.commit();
    if (!noted)
        qCWarning(lcProject) << "could not record a refused bundle in the inbox:"
                             << noted.error().message();
    return out;
}

Result<ChangeImporter::Outcome> ChangeImporter::runOnce(const QByteArray &bytes,
                                                        bool fromQuarantine, Mode mode,
                                                        const Progress &progress,
                                                        const QString &file)
{
    // 1-2. Size limits and header: nothing else is read before they pass.
    auto parsed = BundleReader::parse(bytes);
    if (!parsed)
        return parsed.error();
    const BundleReader &reader = parsed.value();

    // One write transaction for everything that follows: checks against the
    // chains, apply, recording the bundle and leaving the quarantine. A crash
    // leaves all of it or none, and a second importer waits here instead of
    // checking against chains the first is about to change.
    Transaction txn(m_ws.database());
    if (!txn.begun())
        return txn.begun().error();
    QStringList doomedFiles; // quarantine files to delete once the transaction is durable
    auto out = runLocked(reader, bytes, fromQuarantine, mode, doomedFiles, progress);
    if (!out || mode == Mode::Verify)
        return out; // rolled back: a verify leaves no trace
    {
        const Outcome &o = out.value();
        const InboxEntry::State state =
            o.kind == Outcome::Kind::Applied          ? InboxEntry::State::Applied
            : o.kind == Outcome::Kind::AlreadyApplied ? InboxEntry::State::AlreadyApplied
                                                      : InboxEntry::State::Quarantined;
        const InboxLog::Arrival arrival{
            o.bundleId, o.sender, reader.header().createdHlc, file, int(reader.header().opCount),
            o.records};
        if (Status s = InboxLog(m_ws.database()).received(arrival, state, fromQuarantine); !s)
            return s.error();
    }
    if (Status s = txn.commit(); !s)
        return s.error();
    const QDir dir(quarantineDir(m_ws.projectPath()));
    for (const QString &doomed : std::as_const(doomedFiles))
        if (!doomed.isEmpty())
            QFile::remove(dir.filePath(doomed));
    return out;
}

Result<ChangeImporter::Outcome>
ChangeImporter::runLocked(const BundleReader &reader, const QByteArray &bytes, bool fromQuarantine,
                          Mode mode, QStringList &doomedFiles, const Progress &progress)
{
    const BundleHeader &h = reader.header();

    // 3. Project.
    auto state = ProjectStore(m_ws.database()).requireProject();
    if (!state)
        return state.error();
    if (h.projectId != state.value().projectId) {
        // Another project this workspace joined: say which, and how to get there.
        if (auto other = WorkspaceProjects(m_ws).find(UuidText::of(h.projectId)))
            return Error(ErrorCode::Untrusted,
                         tr("This bundle belongs to the project %1, not to the one open now; "
                            "nothing was imported. Import it with --project %2, or switch to "
                            "that project in the navigation.")
                             .arg(other.value().name, UuidText::of(h.projectId)));
        return Error(ErrorCode::Untrusted,
                     tr("This bundle belongs to another project; nothing was imported. Check "
                        "that you took the bundles of your own project."));
    }

    // 4. Sender: approved, revoked, or unknown (quarantine).
    const std::optional<ProjectManifest> &manifest = state.value().manifest;
    const ManifestDevice *device = manifest ? manifest->device(h.senderDevice) : nullptr;
    const ManifestRevocation *revoked = manifest ? manifest->revocation(h.senderDevice) : nullptr;
    QByteArray signPk;
    if (device) {
        signPk = device->signPk;
    } else if (revoked) {
        if (h.createdHlc > revoked->revokedHlc)
            return Error(ErrorCode::Untrusted,
                         tr("This bundle was written by device %1 after it was revoked from the "
                            "project; nothing was imported.")
                             .arg(deviceLabel(h.senderDevice)));
        signPk = revoked->signPk;
    } else if (mode == Mode::Verify) {
        return Error(ErrorCode::Untrusted,
                     tr("The sender %1 is not approved in this project; importing would keep the "
                        "bundle in quarantine until a manifest approves it.")
                         .arg(deviceLabel(h.senderDevice)));
    } else {
        return toQuarantine(reader, bytes, doomedFiles);
    }

    // 5. Signature, then replay (a replay is recognised by the id of the
    // signed bytes, so only a bundle that verifies can be "already applied").
    if (Status s = reader.verifySignature(signPk); !s)
        return s.error();
    Outcome out;
    out.bundleId = reader.bundleId();
    out.sender = h.senderDevice;
    auto seen = alreadyApplied(out.bundleId);
    if (!seen)
        return seen.error();
    if (seen.value()) {
        out.kind = Outcome::Kind::AlreadyApplied;
        out.message = tr("This bundle was already imported; nothing changed.");
        if (fromQuarantine) {
            if (Status s = recordApplied(reader, true, doomedFiles); !s)
                return s.error();
        }
        return out;
    }

    // 6-9. Our recipient key, every chunk, FINAL, the ops and their chains.
    QList<QByteArray> hashes; // hashes[i] == ops[i].hash(), from the reader's chain check
    auto ops = reader.decrypt(m_ws.keys(), &hashes);
    if (!ops)
        return ops.error();
    // Every origin maps back to a device of the manifest and one of its
    // streams (docs/store.md, "Streams by audience"); an origin of no one
    // (a private chain, a made-up stream) is refused whole.
    m_streams =
        manifest ? Routing::streamsOf(*manifest) : QHash<QByteArray, StreamOrigin::Stream>();
    // Every device sends its own streams; only coordinators may carry ops
    // of other devices (docs/project-format.md, "Who receives what").
    const bool mayRelay = device && device->role == Role::Coordinator;
    for (const Op &op : ops.value()) {
        const auto stream = m_streams.constFind(op.origin);
        if (stream == m_streams.cend()) {
            qCWarning(lcProject) << "bundle refused: an op on an origin of no member";
            return Error(ErrorCode::Untrusted,
                         tr("This bundle carries changes that belong to no device of the "
                            "project; nothing was imported. Tell the coordinator who sent it."));
        }
        if (stream->device != h.senderDevice && !mayRelay)
            return Error(ErrorCode::Untrusted,
                         tr("This bundle carries changes of a device other than its sender; "
                            "nothing was imported."));
    }
    if (Status s = checkStreamWriters(manifest, ops.value()); !s)
        return s.error();
    if (Status s = checkRevocations(manifest, ops.value()); !s)
        return s.error();
    if (Status s = checkRouting(manifest, ops.value()); !s)
        return s.error();
    if (Status s = checkRedactions(manifest, ops.value()); !s)
        return s.error();
    if (Status s = checkTargets(manifest, ops.value()); !s)
        return s.error();
    if (Status s = FeedbackCheck::check(m_ws.database(), manifest, m_streams, ops.value()); !s)
        return s.error();
    if (Status s = RecordWriteCheck::check(m_ws.database(), manifest, m_streams, ops.value()); !s)
        return s.error();
    if (Status s = FormPublicationCheck::check(m_ws.forms(), manifest, m_streams, ops.value()); !s)
        return s.error();
    if (Status s = checkChains(ops.value(), hashes); !s)
        return s.error();

    auto report = applyOps(ops.value(), hashes, progress);
    if (!report)
        return report.error();
    if (!report.value().issues.isEmpty()) {
        // checkChains() ruled this out; if it happens the log says where.
        qCWarning(lcProject) << "chain issues after the pre-check:" << report.value().issues.size();
        return Error(ErrorCode::ChainBroken, report.value().issues.first().message);
    }
    // Published forms join the form list with the ops that carry them, and
    // so do those that waited in pending_ops for this bundle.
    if (auto installed =
            FormPublication(m_ws.database(), m_ws.oplog(), m_ws.forms(), m_ws.role()).install();
        !installed)
        return installed.error();
    if (Status s = recordApplied(reader, fromQuarantine, doomedFiles); !s)
        return s.error();
    if (Status s = InboxLog(m_ws.database()).linkOps(out.bundleId, ops.value()); !s)
        return s.error();
    out.records = InboxLog::recordCount(ops.value());
    out.ops = int(ops.value().size());
    out.applied = report.value().applied;
    out.duplicates = report.value().duplicates;
    // report.pending is a delta (ops drained from earlier bundles count
    // negative); people want to know what is still waiting.
    {
        Statement st(m_ws.database().handle(),
                     "SELECT count(*) FROM pending_ops WHERE origin = ?1");
        st.bind(1, h.senderDevice);
        if (const int rc = st.step(); rc != SQLITE_ROW)
            return m_ws.database().errorFor(rc, tr("counting the changes still waiting"));
        out.pending = int(st.columnInt64(0));
    }
    auto waiting = waitingNote(manifest);
    if (!waiting)
        return waiting.error();
    out.message =
        (mode == Mode::Verify
             ? tr("The bundle is valid: importing it would apply %n change(s) from device "
                  "%1.",
                  nullptr, out.applied)
             : tr("Imported %n change(s) from device %1.", nullptr, out.applied))
            .arg(device ? deviceLabel(*device) : deviceLabel(h.senderDevice));
    out.message += waiting.value();
    qCInfo(lcProject) << "applied bundle" << out.bundleId.left(8).toHex() << "ops" << out.applied
                      << "duplicates" << out.duplicates << "pending" << out.pending;
    return out;
}

Result<ApplyReport> ChangeImporter::applyOps(const QList<Op> &ops, const QList<QByteArray> &hashes,
                                             const Progress &progress)
{
    if (!progress)
        return m_ws.oplog().apply(ops, hashes);
    // Each slice's apply() takes part in run()'s transaction and
    // saves its chain heads and projections before the next reads them, so
    // the slices end where one call would, and a failure still rolls back
    // the whole bundle. A slice is never tiny: the per-call work stays small.
    constexpr qsizetype kSteps = 50;
    constexpr qsizetype kMinSlice = 200;
    const qsizetype total = ops.size();
    const qsizetype slice = std::max(kMinSlice, (total + kSteps - 1) / kSteps);
    ApplyReport report;
    progress(0, int(total));
    for (qsizetype at = 0; at < total; at += slice) {
        auto part = m_ws.oplog().apply(ops.mid(at, slice), hashes.mid(at, slice));
        if (!part)
            return part.error();
        report.applied += part.value().applied;
        report.duplicates += part.value().duplicates;
        report.pending += part.value().pending;
        report.issues += part.value().issues;
        report.clockAhead += part.value().clockAhead;
        if (!report.issues.isEmpty())
            return report; // refused by the caller: applying more is wasted work
        progress(int(std::min(at + slice, total)), int(total));
    }
    return report;
}

Result<QString> ChangeImporter::waitingNote(const std::optional<ProjectManifest> &manifest)
{
    // Ops held for earlier ones mean a bundle was lost or is still on its
    // way: say whose and which, so nobody takes "imported" for "complete".
    Statement st(m_ws.database().handle(),
                 "SELECT origin, count(*), min(counter), max(counter) FROM pending_ops "
                 "GROUP BY origin ORDER BY origin");
    QString note;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        const QByteArray origin = deviceOf(st.columnBlob(0));
        const ManifestDevice *d = manifest ? manifest->device(origin) : nullptr;
        note += QLatin1Char(' ') +
                tr("%n change(s) from device %1 (numbers %2 to %3) are waiting for earlier "
                   "changes of that device that have not arrived; they are applied as soon as "
                   "the missing bundle is imported.",
                   nullptr, int(st.columnInt64(1)))
                    .arg(d ? deviceLabel(*d) : deviceLabel(origin))
                    .arg(st.columnInt64(2))
                    .arg(st.columnInt64(3));
    }
    if (rc != SQLITE_DONE)
        return m_ws.database().errorFor(rc, tr("counting the changes still waiting"));
    return note;
}

Status ChangeImporter::checkRevocations(const std::optional<ProjectManifest> &manifest,
                                        const QList<Op> &ops) const
{
    if (!manifest)
        return {};
    for (const Op &op : ops) {
        const StreamOrigin::Stream stream = m_streams.value(op.origin);
        const ManifestRevocation *r = manifest->revocation(stream.device);
        // The accepted counter counts the records stream; on the derived
        // streams, what was written after the revocation is refused.
        const bool late =
            r && (stream.kind == StreamOrigin::Kind::Records ? op.counter > r->acceptedCounter
                                                             : op.hlc > r->revokedHlc);
        if (late)
            return Error(ErrorCode::Untrusted,
                         tr("This bundle carries changes that device %1 made after the "
                            "coordinator stopped accepting them (the device was revoked); "
                            "nothing was imported.")
                             .arg(deviceLabel(op.origin)));
    }
    return {};
}

Status ChangeImporter::checkRouting(const std::optional<ProjectManifest> &manifest,
                                    const QList<Op> &ops)
{
    // Until this device is in a manifest it is held to a researcher's share.
    const QByteArray me = m_ws.deviceId().toRfc4122();
    const ManifestDevice *listed = manifest ? manifest->device(me) : nullptr;
    const ManifestDevice self =
        listed ? *listed : ManifestDevice{me, {}, Role::Researcher, {}, {}, {}};
    for (const Op &op : ops) {
        if (Routing::mayHold(self, m_streams.value(op.origin)))
            continue;
        qCWarning(lcProject) << "bundle refused: it carries a stream this role may not hold";
        return Error(ErrorCode::Untrusted,
                     tr("This bundle carries other researchers' records or the feedback on "
                        "them, which this device may not hold; nothing was imported. Tell the "
                        "coordinator who sent it."));
    }
    return {};
}

Status ChangeImporter::checkStreamWriters(const std::optional<ProjectManifest> &manifest,
                                          const QList<Op> &ops)
{
    // The answer depends on the origin alone, and the manifest's device
    // lookup is a scan: once per origin, not once per op.
    QSet<QByteArray> allowed;
    for (const Op &op : ops) {
        if (allowed.contains(op.origin))
            continue;
        const StreamOrigin::Stream stream = m_streams.value(op.origin);
        const ManifestDevice *d = manifest ? manifest->device(stream.device) : nullptr;
        // A revoked device's role is no longer known: its feedback is refused.
        if (Routing::mayWrite(d ? d->role : Role::Researcher, stream)) {
            allowed.insert(op.origin);
            continue;
        }
        qCWarning(lcProject) << "bundle refused: feedback written by a device without the right";
        return Error(ErrorCode::Untrusted,
                     tr("This bundle carries reviews or comments that device %1 wrote on "
                        "another member's records, which only a coordinator does; nothing was "
                        "imported. Tell the coordinator who sent it.")
                         .arg(d ? deviceLabel(*d) : deviceLabel(stream.device)));
    }
    return {};
}

QByteArray ChangeImporter::deviceOf(const QByteArray &origin) const
{
    const auto it = m_streams.constFind(origin);
    return it == m_streams.cend() ? origin : it->device;
}

Status ChangeImporter::checkRedactions(const std::optional<ProjectManifest> &manifest,
                                       const QList<Op> &ops)
{
    for (const Op &op : ops) {
        if (!Redactions::isRedaction(op))
            continue;
        const QByteArray author = deviceOf(op.origin);
        const ManifestDevice *d = manifest ? manifest->device(author) : nullptr;
        auto allowed = RecordRedaction::mayRedact(
            m_ws.database(), author, d ? d->role : Role::Researcher, op.entity, op.row, ops);
        if (!allowed)
            return allowed.error();
        if (!allowed.value()) {
            qCWarning(lcProject) << "bundle refused: a removal of a value by a device without "
                                    "the right to it";
            return Error(ErrorCode::Untrusted,
                         tr("This bundle removes answers of a record that device %1 neither "
                            "created nor coordinates; nothing was imported. Tell the "
                            "coordinator who sent it.")
                             .arg(deviceLabel(author)));
        }
    }
    return {};
}

Status ChangeImporter::checkTargets(const std::optional<ProjectManifest> &manifest,
                                    const QList<Op> &ops)
{
    for (const Op &op : ops) {
        if (op.entity != TargetStore::kEntity)
            continue;
        const ManifestDevice *d = manifest ? manifest->device(deviceOf(op.origin)) : nullptr;
        if (d && TargetStore::mayWrite(d->role))
            continue;
        qCWarning(lcProject) << "bundle refused: a target set by a device without the right to it";
        return Error(ErrorCode::Untrusted,
                     tr("This bundle changes targets, which only a coordinator sets, but device "
                        "%1 is not a coordinator; nothing was imported. Tell the coordinator who "
                        "sent it.")
                         .arg(deviceLabel(deviceOf(op.origin))));
    }
    return {};
}

Status ChangeImporter::checkChains(const QList<Op> &ops, const QList<QByteArray> &hashes)
{
    Q_ASSERT(hashes.size() == ops.size());
    // OpLog::apply commits what fits and reports the rest; checking first
    // means a bundle that does not fit the chains we hold changes nothing.
    Database &db = m_ws.database();
    Statement headSt(db.handle(), "SELECT counter, hash FROM chain_heads WHERE origin = ?1");
    Statement opSt(db.handle(), "SELECT hash FROM ops WHERE origin = ?1 AND counter = ?2");
    Statement pendSt(db.handle(), "SELECT op FROM pending_ops WHERE origin = ?1 AND counter = ?2");
    QHash<QByteArray, QPair<quint64, QByteArray>> heads;
    const Error broken(ErrorCode::ChainBroken,
                       tr("This bundle does not continue the changes already received from "
                          "its device (the histories have forked); nothing was imported. Tell "
                          "the coordinator."));
    for (qsizetype i = 0; i < ops.size(); ++i) {
        const Op &op = ops.at(i);
        const QByteArray &opHash = hashes.at(i);
        if (!heads.contains(op.origin)) {
            headSt.bind(1, op.origin);
            const int rc = headSt.step();
            if (rc == SQLITE_ROW)
                heads.insert(op.origin, {quint64(headSt.columnInt64(0)), headSt.columnBlob(1)});
            else if (rc == SQLITE_DONE)
                heads.insert(op.origin, {0, QByteArray(Op::kHashSize, '\0')});
            headSt.reset();
            if (rc != SQLITE_ROW && rc != SQLITE_DONE)
                return db.errorFor(rc, tr("checking the change history"));
        }
        auto &[counter, hash] = heads[op.origin];
        if (op.counter <= counter) {
            opSt.bind(1, op.origin).bind(2, qint64(op.counter));
            const int rc = opSt.step();
            const QByteArray stored = rc == SQLITE_ROW ? opSt.columnBlob(0) : QByteArray();
            opSt.reset();
            if (rc != SQLITE_ROW && rc != SQLITE_DONE)
                return db.errorFor(rc, tr("checking the change history"));
            if (stored != opHash)
                return broken;
        } else if (op.counter == counter + 1) {
            if (op.prevHash != hash)
                return broken;
            // The chain grows as apply() will grow it, so the rest of a run
            // is checked against this op rather than looked up as pending.
            counter = op.counter;
            hash = opHash;
        } else {
            pendSt.bind(1, op.origin).bind(2, qint64(op.counter));
            const int rc = pendSt.step();
            const QByteArray stored = rc == SQLITE_ROW ? pendSt.columnBlob(0) : QByteArray();
            pendSt.reset();
            if (rc != SQLITE_ROW && rc != SQLITE_DONE)
                return db.errorFor(rc, tr("checking the change history"));
            // The waiting op may have had its value removed since: compare
            // hashes, which redaction keeps.
            if (!stored.isEmpty()) {
                auto waiting = Op::decode(stored);
                if (!waiting || waiting.value().hash() != opHash)
                    return broken;
            }
        }
    }
    return {};
}

Result<bool> ChangeImporter::alreadyApplied(const QByteArray &bundleId)
{
    Statement st(m_ws.database().handle(), "SELECT 1 FROM applied_bundles WHERE bundle_id = ?1");
    st.bind(1, bundleId);
    const int rc = st.step();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return m_ws.database().errorFor(rc, tr("checking the bundles already imported"));
    return rc == SQLITE_ROW;
}

Status ChangeImporter::recordApplied(const BundleReader &reader, bool fromQuarantine,
                                     QStringList &doomedFiles)
{
    // Inside the import's transaction (run()): the bundle is recorded as
    // applied exactly when its ops are.
    Database &db = m_ws.database();
    Statement st(db.handle(), "INSERT OR IGNORE INTO applied_bundles(bundle_id, sender, "
                              "created_hlc, op_count, applied_hlc) VALUES (?1, ?2, ?3, ?4, ?5)");
    st.bind(1, reader.bundleId())
        .bind(2, reader.header().senderDevice)
        .bind(3, qint64(reader.header().createdHlc))
        .bind(4, qint64(reader.header().opCount))
        .bind(5, qint64(m_ws.oplog().clock().send()));
    if (const int rc = st.run(); rc != SQLITE_DONE)
        return db.errorFor(rc, tr("recording the imported bundle"));
    if (!fromQuarantine)
        return {};
    Statement q(db.handle(), "SELECT file FROM quarantine WHERE bundle_id = ?1");
    q.bind(1, reader.bundleId());
    const int found = q.step();
    if (found == SQLITE_ROW)
        doomedFiles.append(q.columnText(0));
    else if (found != SQLITE_DONE)
        return db.errorFor(found, tr("recording the imported bundle"));
    Statement del(db.handle(), "DELETE FROM quarantine WHERE bundle_id = ?1");
    del.bind(1, reader.bundleId());
    if (const int rc = del.run(); rc != SQLITE_DONE)
        return db.errorFor(rc, tr("recording the imported bundle"));
    return {};
}

Result<ChangeImporter::Outcome> ChangeImporter::toQuarantine(const BundleReader &reader,
                                                             const QByteArray &bytes,
                                                             QStringList &doomedFiles)
{
    Outcome out;
    out.kind = Outcome::Kind::Quarantined;
    out.bundleId = reader.bundleId();
    out.sender = reader.header().senderDevice;
    out.message = tr("Device %1 is not (yet) approved in this project, so its bundle was kept "
                     "in quarantine. It will be imported automatically once a manifest "
                     "approving the device is imported.")
                      .arg(deviceLabel(out.sender));
    const QString dir = quarantineDir(m_ws.projectPath());
    const QString name = QString::fromLatin1(out.bundleId.toHex()) + QStringLiteral(".vigiabundle");
    Database &db = m_ws.database();
    auto dropped = QuarantineCap(db, dir, m_quarantineLimits).makeRoom(out.bundleId, bytes.size());
    if (!dropped)
        return dropped.error();
    if (!dropped.value().isEmpty())
        out.message += QLatin1Char(' ') +
                       tr("To make room, the %n oldest bundle(s) in quarantine were deleted.",
                          nullptr, int(dropped.value().size()));
    doomedFiles += dropped.value();
    if (!QDir().mkpath(dir))
        return Error(
            ErrorCode::Io,
            tr("Cannot create the quarantine folder %1.").arg(QDir::toNativeSeparators(dir)));
    QSaveFile file(QDir(dir).filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error(ErrorCode::Io, tr("Cannot keep the bundle in quarantine (%1). Check that "
                                       "the disk is not full.")
                                        .arg(file.errorString()));
    // received_at orders arrivals for QuarantineCap, so it only grows, even
    // within a millisecond or when the system clock is set back.
    Statement st(db.handle(),
                 "INSERT OR IGNORE INTO quarantine(bundle_id, sender, file, "
                 "created_hlc, received_at) VALUES (?1, ?2, ?3, ?4, "
                 "max(?5, coalesce((SELECT max(received_at) FROM quarantine), 0) + 1))");
    st.bind(1, out.bundleId)
        .bind(2, out.sender)
        .bindText(3, name)
        .bind(4, qint64(reader.header().createdHlc))
        .bind(5, QDateTime::currentMSecsSinceEpoch());
    if (const int rc = st.run(); rc != SQLITE_DONE)
        return db.errorFor(rc, tr("keeping the bundle in quarantine"));
    qCInfo(lcProject) << "quarantined bundle" << out.bundleId.left(8).toHex();
    return out;
}

Result<QList<ChangeImporter::Quarantined>> ChangeImporter::quarantine()
{
    Database &db = m_ws.database();
    Statement st(db.handle(), "SELECT bundle_id, sender, file, created_hlc FROM quarantine "
                              "ORDER BY received_at, bundle_id");
    QList<Quarantined> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        out.append(
            {st.columnBlob(0), st.columnBlob(1), st.columnText(2), quint64(st.columnInt64(3))});
    if (rc != SQLITE_DONE)
        return db.errorFor(rc, tr("reading the quarantine"));
    return out;
}

Result<QByteArray> ChangeImporter::dropQuarantined(const QString &idPrefix)
{
    const QString prefix = idPrefix.trimmed().toLower();
    const bool hex = std::all_of(prefix.cbegin(), prefix.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    });
    if (prefix.size() < 8 || !hex)
        return Error(ErrorCode::Usage,
                     tr("'%1' is not a bundle id. Give at least its first 8 hexadecimal digits, "
                        "as 'bundle quarantine list' shows them.")
                         .arg(idPrefix));
    auto held = quarantine();
    if (!held)
        return held.error();
    QList<Quarantined> matches;
    for (const Quarantined &q : held.value()) {
        if (QString::fromLatin1(q.bundleId.toHex()).startsWith(prefix))
            matches.append(q);
    }
    if (matches.size() != 1)
        return Error(ErrorCode::NotFound,
                     matches.isEmpty()
                         ? tr("No bundle in quarantine has an id starting with %1. 'bundle "
                              "quarantine list' shows them.")
                               .arg(prefix)
                         : tr("Several bundles in quarantine have an id starting with %1; give "
                              "more digits.")
                               .arg(prefix));
    Database &db = m_ws.database();
    Transaction txn(db);
    if (!txn.begun())
        return txn.begun().error();
    Statement del(db.handle(), "DELETE FROM quarantine WHERE bundle_id = ?1");
    del.bind(1, matches.first().bundleId);
    if (const int rc = del.run(); rc != SQLITE_DONE)
        return db.errorFor(rc, tr("removing the bundle from quarantine"));
    if (Status c = txn.commit(); !c)
        return c.error();
    // The row goes first: a file left behind is harmless, a row without its
    // file would be retried for ever.
    QFile::remove(QDir(quarantineDir(m_ws.projectPath())).filePath(matches.first().file));
    qCInfo(lcProject) << "dropped quarantined bundle on request"
                      << matches.first().bundleId.left(8).toHex();
    return matches.first().bundleId;
}

QList<Result<ChangeImporter::Outcome>> ChangeImporter::retryQuarantine()
{
    QList<Result<Outcome>> results;
    auto held = quarantine();
    if (!held) {
        results.append(held.error());
        return results;
    }
    auto manifest = ProjectStore(m_ws.database()).requireManifest();
    if (!manifest)
        return results;
    for (const Quarantined &q : held.value()) {
        if (!manifest.value().device(q.sender) && !manifest.value().revocation(q.sender))
            continue; // still unknown: stays
        const QString path = QDir(quarantineDir(m_ws.projectPath())).filePath(q.file);
        QFile file(path);
        QByteArray bytes;
        bool read = file.open(QIODevice::ReadOnly);
        if (read) {
            bytes = file.readAll();
            read = file.error() == QFileDevice::NoError && bytes.size() == file.size();
        }
        if (!read) {
            // It may be the only copy: a read that failed (a busy or failing
            // disk, a file moved away) says nothing about the bundle. It stays
            // in quarantine and is tried again with the next manifest.
            qCWarning(lcProject) << "cannot read quarantined bundle" << q.bundleId.left(8).toHex();
            results.append(
                Error(ErrorCode::Io,
                      tr("A bundle held in quarantine (%1) could not be read: %2. It "
                         "stays in quarantine and is tried again when the next "
                         "manifest arrives; check the disk and the folder %3.")
                          .arg(q.file, file.errorString(),
                               QDir::toNativeSeparators(quarantineDir(m_ws.projectPath())))));
            continue;
        }
        auto outcome = run(bytes, true, Mode::Import);
        if (!outcome && leavesQuarantine(outcome.error().code())) {
            // It will never verify now that its sender is known: drop it.
            Statement del(m_ws.database().handle(), "DELETE FROM quarantine WHERE bundle_id = ?1");
            del.bind(1, q.bundleId);
            if (const int rc = del.run(); rc != SQLITE_DONE) {
                // The row stays, so the bundle is tried again later; say why.
                results.append(m_ws.database().errorFor(
                    rc, tr("removing a bundle that can never be imported from the quarantine")));
            } else {
                QFile::remove(path);
                qCWarning(lcProject) << "dropped quarantined bundle" << q.bundleId.left(8).toHex();
            }
        }
        results.append(outcome);
    }
    return results;
}

} // namespace vigia
