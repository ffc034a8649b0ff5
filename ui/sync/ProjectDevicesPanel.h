#pragma once

#include "project/DeviceOverview.h"
#include "project/JoinRequest.h"

#include <QByteArray>
#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace vigia {

class FingerprintLabel;
class ProjectManifest;

// The devices of the manifest in force, with role and fingerprint, for the
// coordinator, and what DeviceOverview knows of each: the last bundle from
// it, its clock skew (flagged when ahead) and the bundles sent to it without
// its receipt. Above them, the join requests waiting (as the hub listed
// them), the chosen one's fingerprint large and grouped to compare by phone.
// Approving and revoking are the page's job (it confirms and issues the new
// manifest); the panel only says which request or device was chosen.
class ProjectDevicesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectDevicesPanel(QWidget *parent = nullptr);

    // ownDevice cannot be revoked from here: a coordinator removing itself
    // would lock the project out of its own data.
    void setManifest(const ProjectManifest &manifest, const QByteArray &ownDevice);
    // Call after setManifest(): fills the last three columns.
    void setOverview(const QList<DeviceOverview::Device> &devices);
    [[nodiscard]] int deviceCount() const;
    // The requests waiting to join; none hides their list.
    void setPendingRequests(const QList<JoinRequest> &requests);
    [[nodiscard]] const QList<JoinRequest> &pendingRequests() const { return m_pendingRequests; }

signals:
    void revokeRequested(const QByteArray &deviceId, const QString &name);
    void approveRequested(const vigia::JoinRequest &request);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButton();
    void showOverview();
    void showPendingRequest();

    QTreeWidget *m_list = nullptr;
    QPushButton *m_revoke = nullptr;
    QList<JoinRequest> m_pendingRequests;
    QWidget *m_pendingBox = nullptr;
    QLabel *m_pendingTitle = nullptr;
    QTreeWidget *m_pending = nullptr;
    QLabel *m_compare = nullptr;
    FingerprintLabel *m_fingerprint = nullptr;
    QPushButton *m_approve = nullptr;
    QByteArray m_ownDevice;
    QList<DeviceOverview::Device> m_overview;
};

} // namespace vigia
