#include "ui/shell/RekeyStoreDialog.h"

#include "ui/common/CapsLockWarning.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/PassphraseEdit.h"
#include "ui/common/SecretText.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <utility>

namespace vigia {

RekeyStoreDialog::RekeyStoreDialog(const Workspace &ws, QWidget *parent)
    : QDialog(parent)
    , m_ws(ws)
{
    setObjectName(QStringLiteral("rekeyStoreDialog"));
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("rekeyIntro"));
    m_intro->setWordWrap(true);
    m_passphrase = new PassphraseEdit(this);
    m_passphrase->setObjectName(QStringLiteral("rekeyPassphrase"));
    m_passphraseLabel = new QLabel(this);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_capsLock = new CapsLockWarning(this);
    m_capsLock->watch(m_passphrase);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_message = new ErrorLabel(this);
    m_message->setObjectName(QStringLiteral("rekeyMessage"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("rekeyButton"));
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

    connect(m_passphrase, &QLineEdit::textChanged, this, &RekeyStoreDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RekeyStoreDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RekeyStoreDialog::reject);
    resize(520, 340);
    retranslate();
    updateButtons();
}

RekeyStoreDialog::~RekeyStoreDialog()
{
    const QSignalBlocker quiet(m_passphrase);
    SecretText::clear(m_passphrase);
}

WorkspaceTask::Passphrase RekeyStoreDialog::takePassphrase()
{
    return std::exchange(m_checked, nullptr);
}

void RekeyStoreDialog::accept()
{
    if (m_busy || m_passphrase->text().isEmpty())
        return;
    setBusy(true);
    // Out of the field at once, whatever the answer.
    WorkspaceTask::Passphrase passphrase = SecretText::take(m_passphrase);
    WorkspaceTask::verify(this, m_ws, passphrase, [this, passphrase](const Status &s) {
        setBusy(false);
        if (s) {
            m_checked = passphrase;
            QDialog::accept();
            return;
        }
        m_message->showMessage(
            s.error().code() == ErrorCode::WrongPassphrase
                ? tr("That is not the passphrase of this workspace, so nothing was changed. "
                     "Check Caps Lock and try again.")
                : s.error().message());
        m_passphrase->setFocus();
    });
}

void RekeyStoreDialog::reject()
{
    if (m_busy)
        return;
    SecretText::clear(m_passphrase);
    QDialog::reject();
}

void RekeyStoreDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_passphrase->setEnabled(!busy);
    if (busy)
        m_message->clearMessage();
    updateButtons();
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void RekeyStoreDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_busy && !m_passphrase->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!m_busy);
}

void RekeyStoreDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RekeyStoreDialog::retranslate()
{
    setWindowTitle(tr("Change the store key"));
    m_intro->setText(
        tr("Vigia will copy every record into a new store locked with a new random key, check "
           "the copy, and put it in the store's place. The old key will not open the store any "
           "more; copies of the workspace made before keep their old key.\n\nIt takes a moment "
           "for a large store. Meanwhile the records are closed and the sync stops; Vigia opens "
           "them again when it is done. Close any other Vigia window and any vigiactl using "
           "this workspace first.\n\nYour passphrase stays the same. Type it to continue."));
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change the store key"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace vigia
