#pragma once

#include "BundleTransport.h"
#include "FakeClock.h"
#include "project/ChangeExporter.h"
#include "project/ChangeImporter.h"
#include "store/Workspace.h"
#include "Transit.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace vigia::test {

// A project of real workspaces that exchange real bundle files, in the
// spirit of Nextcloud's FakeFolder: a test builds the devices it needs, lets
// people work in their workspaces, carries bundles between them (lost or
// damaged on the way if it wants) and asks whether everyone converged.
//
// The device "coordinator" creates the project; addDevice() enrols another
// one through the files a USB stick carries (invitation, join request,
// approval) and hands the new manifest to everyone. Every workspace uses the
// fast test KDF and the one FakeClock of the fixture.
//
// Convergence follows the product: a device's records go to the manifest's
// recipients (the coordinators); a coordinator's project stream goes to every
// member and its feedback about a researcher's records to that researcher
// (docs/store.md, "Streams by audience"). Nothing is relayed, so a researcher
// holds its own records, the coordinators' project streams and the feedback
// on its own records. See divergence().
class FakeProject
{
public:
    static inline const QString kCoordinator = QStringLiteral("coordinator");

    FakeProject();
    ~FakeProject();
    FakeProject(const FakeProject &) = delete;
    FakeProject &operator=(const FakeProject &) = delete;

    // False once a setup step failed; error() says which and why.
    [[nodiscard]] bool isValid() const { return m_error.isEmpty(); }
    [[nodiscard]] const QString &error() const { return m_error; }

    // Creates the workspace `name`, has the coordinator approve it and gives
    // the new manifest to every device. Names are unique and file-name safe.
    [[nodiscard]] bool addDevice(const QString &name, Role role = Role::Researcher);
    // The workspace of a device; an unknown name is a bug in the test (fatal).
    [[nodiscard]] Workspace &workspace(const QString &name);
    [[nodiscard]] QByteArray deviceId(const QString &name);
    [[nodiscard]] QStringList devices() const;
    [[nodiscard]] FakeClock &clock() { return m_clock; }
    [[nodiscard]] QString root() const { return m_dir.path(); }

    // The coming hub client replaces the default FileTransport here.
    void setTransport(std::unique_ptr<BundleTransport> transport);
    // Runs on every bundle carry() sends; an empty hook delivers as is.
    void setTransitHook(TransitHook hook) { m_hook = std::move(hook); }

    // Exports what `from` has sent no receipt for (ChangeExporter, into
    // root()/<from>/outbox), passes the bundles sealed to `to` through the transit hook and
    // the transport, and imports at `to` everything the transport holds for
    // it, bundles held back earlier included. One outcome per bundle
    // imported: none when there was nothing to export or all was dropped; a
    // failed export or transport is the only, failed, outcome.
    [[nodiscard]] QList<Result<ChangeImporter::Outcome>> carry(const QString &from,
                                                               const QString &to);
    // What the last carry() exported (path empty: nothing to export).
    [[nodiscard]] const ChangeExporter::Exported &lastExport() const { return m_lastExport; }
    // A receipt issued by `from` (a recipient), accepted by `to`: the ops of
    // the bundles `from` applied leave `to`'s outbox.
    [[nodiscard]] Status carryReceipt(const QString &from, const QString &to);
    // The coordinator's manifest to every device that holds an older one.
    [[nodiscard]] Status distributeManifest();

    // OpLog::stateHash of one device, hex.
    [[nodiscard]] QByteArray stateHash(const QString &name);
    // Empty when every device holds what the product promises it, else what
    // is missing, for a failure message:
    //  - every device holds the coordinator's manifest (the memberships);
    //  - every recipient holds the whole hash chain of every stream of every
    //    other approved device (a chain stops at the first op not received,
    //    so held-back drafts count as missing until they are finalized and
    //    sent);
    //  - devices holding the same chains have the same state hash (records,
    //    codebook, codings, conflicts: everything the projection holds).
    [[nodiscard]] QString divergence();
    [[nodiscard]] bool converged() { return divergence().isEmpty(); }

private:
    struct Device
    {
        QString name;
        std::unique_ptr<Workspace> ws;
    };

    [[nodiscard]] Device &find(const QString &name);
    [[nodiscard]] std::unique_ptr<Workspace> createWorkspace(const QString &name, Role role);
    [[nodiscard]] Status enrol(Workspace &member);
    [[nodiscard]] QString folder(const QString &device, const char *name) const;
    bool fail(const QString &step, const Error &error);

    FakeClock m_clock;
    QTemporaryDir m_dir; // declared before the workspaces, so it outlives them
    std::unique_ptr<BundleTransport> m_transport;
    std::vector<Device> m_devices; // in the order they were added
    TransitHook m_hook;
    int m_sent = 0;
    ChangeExporter::Exported m_lastExport;
    QString m_error;
};

} // namespace vigia::test
