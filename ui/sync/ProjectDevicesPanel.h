#pragma once

#include "project/DeviceOverview.h"

#include <QByteArray>
#include <QList>
#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace vigia {

class ProjectManifest;

// The devices of the manifest in force, with role and fingerprint, for the
// coordinator, and what DeviceOverview knows of each: the last bundle from
// it, its clock skew (flagged when ahead) and the bundles sent to it without
// its receipt. Revoking is the page's job (it confirms and issues the new
// manifest); the panel only says which device was chosen.
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

signals:
    void revokeRequested(const QByteArray &deviceId, const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButton();
    void showOverview();

    QTreeWidget *m_list = nullptr;
    QPushButton *m_revoke = nullptr;
    QByteArray m_ownDevice;
    QList<DeviceOverview::Device> m_overview;
};

} // namespace vigia
