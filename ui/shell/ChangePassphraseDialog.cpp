#include "ui/shell/ChangePassphraseDialog.h"

#include "store/Workspace.h"
#include "ui/common/CapsLockWarning.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/NewPassphraseFields.h"
#include "ui/common/PassphraseEdit.h"
#include "ui/common/SecretText.h"
#include "ui/common/WorkspaceTask.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace vigia {

ChangePassphraseDialog::ChangePassphraseDialog(Workspace &ws, QWidget *parent)
    : QDialog(parent)
    , m_ws(ws)
{
    setObjectName(QStringLiteral("changePassphraseDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_current = new PassphraseEdit(this);
    m_current->setObjectName(QStringLiteral("currentPassphrase"));
    m_currentLabel = new QLabel(this);
    m_currentLabel->setBuddy(m_current);
    m_capsLock = new CapsLockWarning(this);
    m_capsLock->watch(m_current);
    m_newBox = new QGroupBox(this);
    m_new = new NewPassphraseFields(m_newBox);
    auto *newLayout = new QVBoxLayout(m_newBox);
    newLayout->addWidget(m_new);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_message = new ErrorLabel(this);
    m_message->setObjectName(QStringLiteral("changeMessage"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("changeButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(m_currentLabel, m_current);
    form->addRow(QString(), m_capsLock);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_newBox);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setTabOrder(m_current, m_new);

    connect(m_current, &QLineEdit::textChanged, this, &ChangePassphraseDialog::updateButtons);
    connect(m_new, &NewPassphraseFields::changed, this, &ChangePassphraseDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePassphraseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChangePassphraseDialog::reject);
    resize(520, 420);
    retranslate();
    updateButtons();
}

ChangePassphraseDialog::~ChangePassphraseDialog()
{
    // Closed by a lock (hidden, not rejected) with a passphrase typed.
    const QSignalBlocker quiet(m_current);
    SecretText::clear(m_current);
}

void ChangePassphraseDialog::accept()
{
    if (m_busy)
        return;
    if (m_changed) {
        QDialog::accept();
        return;
    }
    if (m_current->text().isEmpty()) {
        showMessage(tr("Type your current passphrase."));
        return;
    }
    if (!m_new->isAcceptable()) {
        m_new->showProblems();
        showMessage(tr("Choose a new passphrase that is strong enough and type it twice."));
        return;
    }
    setBusy(true);
    // Out of the fields at once: whatever the outcome, no passphrase stays in
    // a widget, and the change works on locked memory only.
    const auto current = SecretText::take(m_current);
    const auto chosen = m_new->take();
    WorkspaceTask::changePassphrase(this, m_ws, current, chosen, [this](const Status &s) {
        setBusy(false);
        if (s) {
            m_changed = true;
            QDialog::accept();
            return;
        }
        switch (s.error().code()) {
        case ErrorCode::WrongPassphrase:
            showMessage(tr("The current passphrase is not right, so nothing was changed. Check "
                           "Caps Lock and try again."));
            break;
        case ErrorCode::Io:
            showMessage(tr("The new passphrase could not be saved, so the current one still "
                           "opens Vigia. %1")
                            .arg(s.error().message()));
            break;
        default:
            // Too short or the same as the current one: the core says which.
            showMessage(s.error().message());
            break;
        }
        m_current->setFocus();
    });
}

void ChangePassphraseDialog::reject()
{
    // The keystore is being replaced: closing now would leave the user not
    // knowing which passphrase opens it.
    if (m_busy)
        return;
    SecretText::clear(m_current);
    m_new->clear();
    QDialog::reject();
}

void ChangePassphraseDialog::showMessage(const QString &text)
{
    m_message->showMessage(text);
}

void ChangePassphraseDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_current->setEnabled(!busy);
    m_new->setEnabled(!busy);
    if (busy)
        m_message->clearMessage();
    updateButtons();
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void ChangePassphraseDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_busy && !m_current->text().isEmpty() && m_new->isAcceptable());
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!m_busy);
}

void ChangePassphraseDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ChangePassphraseDialog::retranslate()
{
    setWindowTitle(tr("Change passphrase"));
    m_intro->setText(tr("Type your current passphrase, then the new one twice. Nobody can "
                        "recover a lost passphrase: write the new one down and keep it somewhere "
                        "safe, away from the computer."));
    m_currentLabel->setText(tr("C&urrent passphrase:"));
    m_current->setAccessibleName(tr("Current passphrase"));
    m_newBox->setTitle(tr("New passphrase"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change passphrase"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace vigia
