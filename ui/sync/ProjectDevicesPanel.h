#pragma once

#include <QByteArray>
#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace vigia {

class ProjectManifest;

// The devices of the manifest in force, with role and fingerprint, for the
// coordinator. Revoking is the page's job (it confirms and issues the new
// manifest); the panel only says which device was chosen.
class ProjectDevicesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectDevicesPanel(QWidget *parent = nullptr);

    // ownDevice cannot be revoked from here: a coordinator removing itself
    // would lock the project out of its own data.
    void setManifest(const ProjectManifest &manifest, const QByteArray &ownDevice);
    [[nodiscard]] int deviceCount() const;

signals:
    void revokeRequested(const QByteArray &deviceId, const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButton();

    QTreeWidget *m_list = nullptr;
    QPushButton *m_revoke = nullptr;
    QByteArray m_ownDevice;
};

} // namespace vigia
