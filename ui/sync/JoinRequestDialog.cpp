#include "ui/sync/JoinRequestDialog.h"

#include "project/JoinRequest.h"
#include "store/Workspace.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace vigia {

namespace {
QLabel *selectableLabel(const QString &text, const QString &objectName, const QString &accessible,
                        QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessible);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

JoinRequestDialog::JoinRequestDialog(const JoinRequest &request, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("joinRequestDialog"));
    setWindowTitle(tr("Approve join request"));
    const QString role =
        roleFromName(request.role) == Role::Coordinator ? tr("Coordinator") : tr("Researcher");
    auto *name =
        selectableLabel(request.name, QStringLiteral("requestDeviceName"), tr("Device name"), this);
    auto *roleLabel = selectableLabel(role, QStringLiteral("requestDeviceRole"),
                                      tr("Role the device asks for"), this);
    auto *fingerprint = selectableLabel(request.fingerprint(), QStringLiteral("requestFingerprint"),
                                        tr("Device fingerprint"), this);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.4);
    fingerprint->setFont(mono);

    auto *form = new QFormLayout;
    form->addRow(tr("Device:"), name);
    form->addRow(tr("Asks to be:"), roleLabel);
    form->addRow(tr("Fingerprint:"), fingerprint);

    // The approver decides the role; the request's own word is only shown.
    m_researcher = new QRadioButton(tr("&Researcher: sends findings, receives the codebook"), this);
    m_researcher->setObjectName(QStringLiteral("grantResearcher"));
    m_coordinator = new QRadioButton(tr("C&oordinator: receives all data of the project"), this);
    m_coordinator->setObjectName(QStringLiteral("grantCoordinator"));
    m_researcher->setChecked(true);
    auto *roles = new QVBoxLayout;
    roles->addWidget(m_researcher);
    roles->addWidget(m_coordinator);
    form->addRow(tr("Approve as:"), roles);
    auto *warning = new QLabel(tr("This device will receive every researcher's findings, "
                                  "including names of places and quotes. Choose Coordinator "
                                  "only for a national coordinator's or the observatory's "
                                  "own computer."),
                               this);
    warning->setObjectName(QStringLiteral("coordinatorWarning"));
    warning->setWordWrap(true);
    warning->setVisible(false);
    connect(m_coordinator, &QRadioButton::toggled, warning, &QLabel::setVisible);
    auto *advice = new QLabel(tr("Call the person who sent this request and ask them to read "
                                 "their device's fingerprint aloud (their Sync page shows it). "
                                 "Approve only if every group matches: anyone can write a "
                                 "request file."),
                              this);
    advice->setObjectName(QStringLiteral("requestAdvice"));
    advice->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *approve = buttons->addButton(tr("&Approve"), QDialogButtonBox::AcceptRole);
    approve->setObjectName(QStringLiteral("approveButton"));
    approve->setAccessibleName(tr("Approve the device"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    // Approving must be a deliberate choice, never a stray Enter.
    approve->setAutoDefault(false);
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(warning);
    layout->addWidget(advice);
    layout->addWidget(buttons);
}

Role JoinRequestDialog::grantedRole() const
{
    return m_coordinator->isChecked() ? Role::Coordinator : Role::Researcher;
}

} // namespace vigia
