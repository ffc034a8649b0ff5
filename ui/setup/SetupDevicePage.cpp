#include "ui/setup/SetupDevicePage.h"

#include "store/Workspace.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QRadioButton>
#include <QVBoxLayout>

namespace vigia {

SetupDevicePage::SetupDevicePage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("devicePage"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("deviceName"));
    m_name->setMaxLength(80);
    m_nameHint = new QLabel(this);
    m_nameHint->setWordWrap(true);
    m_researcher = new QRadioButton(this);
    m_researcher->setObjectName(QStringLiteral("roleResearcher"));
    m_researcher->setChecked(true);
    m_coordinator = new QRadioButton(this);
    m_coordinator->setObjectName(QStringLiteral("roleCoordinator"));
    auto *roles = new QButtonGroup(this);
    roles->addButton(m_researcher);
    roles->addButton(m_coordinator);
    m_roleHint = new QLabel(this);
    m_roleHint->setWordWrap(true);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("setupStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    m_nameLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    m_roleLabel = new QLabel(this);

    auto *roleBox = new QVBoxLayout;
    roleBox->addWidget(m_researcher);
    roleBox->addWidget(m_coordinator);
    roleBox->addWidget(m_roleHint);
    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(QString(), m_nameHint);
    form->addRow(m_roleLabel, roleBox);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_busy);
    layout->addWidget(m_status);

    connect(m_name, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    retranslate();
}

QString SetupDevicePage::deviceName() const
{
    return m_name->text().trimmed();
}

Role SetupDevicePage::role() const
{
    return m_coordinator->isChecked() ? Role::Coordinator : Role::Researcher;
}

bool SetupDevicePage::isComplete() const
{
    return !m_isBusy && !deviceName().isEmpty();
}

void SetupDevicePage::setBusy(bool busy)
{
    m_isBusy = busy;
    m_busy->setVisible(busy);
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_researcher, m_coordinator})
        w->setEnabled(!busy);
    if (busy) {
        m_status->setText(tr("Creating the workspace and its keys. This takes a few seconds…"));
        m_status->show();
    }
    emit completeChanged();
}

void SetupDevicePage::showError(const QString &message)
{
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
}

void SetupDevicePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void SetupDevicePage::retranslate()
{
    setTitle(tr("This computer and you"));
    setSubTitle(tr("Your coordinator sees this name next to the records you send."));
    m_nameLabel->setText(tr("Device &name:"));
    m_name->setAccessibleName(tr("Device name"));
    m_name->setPlaceholderText(tr("for example: Ana - laptop"));
    m_nameHint->setText(tr("Your first name and the kind of computer are enough."));
    m_roleLabel->setText(tr("Role:"));
    m_researcher->setText(tr("&Researcher: I record findings in the field"));
    m_researcher->setAccessibleName(tr("Researcher"));
    m_coordinator->setText(tr("C&oordinator: I review and merge my team's records"));
    m_coordinator->setAccessibleName(tr("Coordinator"));
    m_roleHint->setText(tr("Most people are researchers."));
    if (m_isBusy)
        m_status->setText(tr("Creating the workspace and its keys. This takes a few seconds…"));
}

} // namespace vigia
