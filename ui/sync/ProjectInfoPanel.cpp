#include "ui/sync/ProjectInfoPanel.h"

#include "common/UuidText.h"
#include "crypto/Fingerprint.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QUuid>

#include <iterator>

namespace vigia {

ProjectInfoPanel::ProjectInfoPanel(QWidget *parent)
    : QGroupBox(parent)
{
    setObjectName(QStringLiteral("syncProject"));
    new QFormLayout(this);
    m_name = addRow(QStringLiteral("projectName"));
    m_id = addRow(QStringLiteral("projectId"));
    m_key = addRow(QStringLiteral("projectKeyFingerprint"));
    m_version = addRow(QStringLiteral("manifestVersion"));
    m_device = addRow(QStringLiteral("deviceFingerprint"));
    m_hub = addRow(QStringLiteral("hubAddress"));
    retranslate();
}

QLabel *ProjectInfoPanel::addRow(const QString &objectName)
{
    auto *caption = new QLabel(this);
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    caption->setBuddy(value);
    static_cast<QFormLayout *>(layout())->addRow(caption, value);
    m_captions.append(caption);
    return value;
}

void ProjectInfoPanel::setProject(const QString &name, const QByteArray &projectId,
                                  const QByteArray &keyFingerprint, quint64 manifestVersion,
                                  const QString &deviceFingerprint)
{
    m_name->setText(name);
    m_id->setText(UuidText::of(projectId));
    m_key->setText(Fingerprint::format(keyFingerprint));
    m_manifestVersion = manifestVersion;
    m_device->setText(deviceFingerprint);
    retranslate();
}

void ProjectInfoPanel::setHubUrl(const QString &url)
{
    m_hubUrl = url;
    retranslate();
}

QString ProjectInfoPanel::keyFingerprint() const
{
    return m_key->text();
}

void ProjectInfoPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void ProjectInfoPanel::retranslate()
{
    setTitle(tr("Project"));
    const QString captions[] = {tr("Name:"),        tr("Project id:"),
                                tr("Project key:"), tr("Manifest version:"),
                                tr("This device:"), tr("Hub:")};
    const QString names[] = {tr("Project name"),
                             tr("Project id"),
                             tr("Project key fingerprint"),
                             tr("Manifest version"),
                             tr("This device's fingerprint"),
                             tr("Hub address")};
    QLabel *values[] = {m_name, m_id, m_key, m_version, m_device, m_hub};
    for (int i = 0; i < int(std::size(values)); ++i) {
        m_captions[i]->setText(captions[i]);
        values[i]->setAccessibleName(names[i]);
    }
    m_version->setText(m_manifestVersion > 0
                           ? QString::number(m_manifestVersion)
                           : tr("none yet: waiting for the coordinator's manifest"));
    m_hub->setText(m_hubUrl.isEmpty() ? tr("none: this project syncs by USB stick only")
                                      : m_hubUrl);
}

} // namespace vigia
