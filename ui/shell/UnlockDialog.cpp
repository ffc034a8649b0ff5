#include "ui/shell/UnlockDialog.h"

#include "store/Workspace.h"
#include "ui/common/CapsLockWarning.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/PassphraseEdit.h"
#include "ui/common/SecretText.h"
#include "ui/common/WorkspaceTask.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace vigia {

UnlockDialog::UnlockDialog(const QString &workspaceDir, QWidget *parent)
    : QDialog(parent)
    , m_dir(workspaceDir)
{
    setObjectName(QStringLiteral("unlockDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_passphrase = new PassphraseEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphraseLabel = new QLabel(this);
    m_passphraseLabel->setBuddy(m_passphrase);
    // The warning, the progress and the message keep their room while
    // hidden: nothing moves when an attempt starts or fails.
    m_capsLock = new CapsLockWarning(this);
    m_capsLock->watch(m_passphrase);
    QSizePolicy keepRoom = m_capsLock->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true);
    m_capsLock->setSizePolicy(keepRoom);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    keepRoom = m_progress->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true);
    m_progress->setSizePolicy(keepRoom);
    m_progress->hide();
    m_message = new ErrorLabel(this);
    m_message->setObjectName(QStringLiteral("unlockMessage"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("unlockButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(m_passphraseLabel, m_passphrase);
    form->addRow(QString(), m_capsLock);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);
    resize(480, 240);
    retranslate();
}

UnlockDialog::~UnlockDialog()
{
    // Quit with a passphrase typed but not submitted.
    const QSignalBlocker quiet(m_passphrase);
    SecretText::clear(m_passphrase);
}

std::unique_ptr<Workspace> UnlockDialog::takeWorkspace()
{
    return std::move(m_workspace);
}

void UnlockDialog::accept()
{
    if (m_busy)
        return;
    if (m_workspace) {
        QDialog::accept();
        return;
    }
    if (m_passphrase->text().isEmpty()) {
        m_message->showMessage(tr("Type your passphrase."));
        return;
    }
    setBusy(true);
    // Out of the field at once: wrong or right, the passphrase does not stay
    // in the widget, and the attempt works on locked memory only.
    WorkspaceTask::open(
        this, m_dir, SecretText::take(m_passphrase), [this](Result<std::unique_ptr<Workspace>> ws) {
            setBusy(false);
            if (!ws) {
                m_message->showMessage(ws.error().code() == ErrorCode::WrongPassphrase
                                           ? tr("That passphrase is not right. Check Caps Lock and "
                                                "try again.")
                                           : ws.error().message());
                m_passphrase->setFocus();
                return;
            }
            m_workspace = ws.take();
            QDialog::accept();
        });
}

void UnlockDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void UnlockDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_passphrase->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    if (busy)
        m_message->clearMessage();
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void UnlockDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void UnlockDialog::retranslate()
{
    setWindowTitle(tr("Unlock Vigia"));
    m_intro->setText(tr("Type your passphrase to open the workspace in %1.")
                         .arg(QDir::toNativeSeparators(m_dir)));
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Unlock"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
}

} // namespace vigia
