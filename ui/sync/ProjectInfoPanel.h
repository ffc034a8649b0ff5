#pragma once

#include <QGroupBox>

class QLabel;

namespace vigia {

// The project this workspace belongs to, the two fingerprints people read
// to each other by phone (the project key's and this device's), and the
// hub's address.
class ProjectInfoPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit ProjectInfoPanel(QWidget *parent = nullptr);

    // manifestVersion 0: joined, still waiting for the first manifest.
    void setProject(const QString &name, const QByteArray &projectId,
                    const QByteArray &keyFingerprint, quint64 manifestVersion,
                    const QString &deviceFingerprint);
    // Empty: the project names no hub, so it syncs by USB stick only.
    void setHubUrl(const QString &url);
    [[nodiscard]] QString keyFingerprint() const;
    [[nodiscard]] quint64 manifestVersion() const { return m_manifestVersion; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *addRow(const QString &objectName);

    QList<QLabel *> m_captions;
    QLabel *m_name = nullptr;
    QLabel *m_id = nullptr;
    QLabel *m_key = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_device = nullptr;
    QLabel *m_hub = nullptr;
    QString m_hubUrl;
    quint64 m_manifestVersion = 0;
};

} // namespace vigia
