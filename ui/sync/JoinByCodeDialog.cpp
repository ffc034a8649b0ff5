#include "ui/sync/JoinByCodeDialog.h"

#include "project/Invitation.h"
#include "project/ProjectStore.h"
#include "store/Workspace.h"
#include "sync/HubConnection.h"
#include "sync/HubEndpoint.h"
#include "sync/HubJoin.h"
#include "ui/common/SentenceLabel.h"
#include "ui/common/StatusLine.h"
#include "ui/common/WorkspaceTask.h"
#include "ui/sync/FingerprintLabel.h"
#include "ui/sync/PlainMessage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace vigia {

namespace {
QLineEdit *lineEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

// The project the current store of `ws` belongs to: its id and name, both
// empty when it belongs to none.
QPair<QByteArray, QString> pinnedProject(Workspace &ws)
{
    auto loaded = ProjectStore(ws.database()).load();
    if (!loaded || !loaded.value())
        return {};
    const ProjectStore::State &state = *loaded.value();
    if (state.manifest)
        return {state.projectId, state.manifest->name};
    auto invitation = Invitation::open(state.invitation);
    return {state.projectId, invitation ? invitation.value().projectName : QString()};
}

struct Outcome
{
    Status status;
    QString projectName;
    QString deviceFingerprint;
    // The store the join ended in (a new one for a further project), and
    // the project pinned there by this join, if any, even when the hub then
    // refused the request.
    QByteArray store;
    QString newlyPinned;
};
} // namespace

JoinByCodeDialog::JoinByCodeDialog(Workspace &ws, QWidget *parent)
    : QDialog(parent)
    , m_ws(ws)
{
    setObjectName(QStringLiteral("joinByCodeDialog"));
    m_intro = new SentenceLabel(QStringLiteral("joinByCodeIntro"), this);

    m_form = new QWidget(this);
    m_form->setObjectName(QStringLiteral("joinByCodeForm"));
    m_url = lineEdit(QStringLiteral("joinHubUrl"), m_form);
    m_url->setPlaceholderText(QStringLiteral("https://hub.example.org"));
    m_code = lineEdit(QStringLiteral("joinCode"), m_form);
    // The shape of a code, the same in every language.
    m_code->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-X"));
    // Read out by phone: a large fixed-width font shows a 0 from an O.
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.2);
    m_code->setFont(mono);
    // Wide enough for a whole code and a usual address, in any language.
    m_code->setMinimumWidth(QFontMetrics(mono).horizontalAdvance(m_code->placeholderText()) +
                            4 * QFontMetrics(mono).averageCharWidth());
    m_url->setMinimumWidth(m_url->fontMetrics().averageCharWidth() * 40);
    m_urlLabel = new QLabel(m_form);
    m_urlLabel->setObjectName(QStringLiteral("joinHubUrlLabel"));
    m_urlLabel->setBuddy(m_url);
    m_codeLabel = new QLabel(m_form);
    m_codeLabel->setObjectName(QStringLiteral("joinCodeLabel"));
    m_codeLabel->setBuddy(m_code);
    auto *fields = new QFormLayout;
    fields->addRow(m_urlLabel, m_url);
    fields->addRow(m_codeLabel, m_code);

    // Most hubs have a certificate the system trusts: the pin stays out of
    // the way unless someone opens it.
    m_pinToggle = new QToolButton(m_form);
    m_pinToggle->setObjectName(QStringLiteral("joinPinToggle"));
    m_pinToggle->setCheckable(true);
    m_pinToggle->setAutoRaise(true);
    m_pinToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pinToggle->setArrowType(Qt::RightArrow);
    m_pinBox = new QWidget(m_form);
    m_pinBox->setObjectName(QStringLiteral("joinPinBox"));
    m_pin = lineEdit(QStringLiteral("joinPin"), m_pinBox);
    m_pinLabel = new QLabel(m_pinBox);
    m_pinLabel->setObjectName(QStringLiteral("joinPinLabel"));
    m_pinLabel->setBuddy(m_pin);
    m_pinHint = new SentenceLabel(QStringLiteral("joinPinHint"), m_pinBox);
    auto *pinLayout = new QFormLayout(m_pinBox);
    pinLayout->setContentsMargins(0, 0, 0, 0);
    pinLayout->addRow(m_pinLabel, m_pin);
    pinLayout->addRow(m_pinHint);
    m_pinBox->hide();
    connect(m_pinToggle, &QToolButton::toggled, this, [this](bool open) {
        m_pinBox->setVisible(open);
        m_pinToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(fields);
    formLayout->addWidget(m_pinToggle, 0, Qt::AlignLeft);
    formLayout->addWidget(m_pinBox);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("joinProgress"));
    m_progress->setRange(0, 0); // how long the hub takes is not known
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_message = new StatusLine(QStringLiteral("joinMessage"), this);

    m_result = new QWidget(this);
    m_result->setObjectName(QStringLiteral("joinResult"));
    m_joinedText = new SentenceLabel(QStringLiteral("joinedProject"), m_result);
    m_readAsk = new SentenceLabel(QStringLiteral("joinReadFingerprint"), m_result);
    m_fingerprint = new FingerprintLabel(QStringLiteral("joinDeviceFingerprint"), m_result);
    m_next = new SentenceLabel(QStringLiteral("joinApprovalNext"), m_result);
    auto *resultLayout = new QVBoxLayout(m_result);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(m_joinedText);
    resultLayout->addWidget(m_readAsk);
    resultLayout->addWidget(m_fingerprint);
    resultLayout->addWidget(m_next);
    m_result->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_join = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_join->setObjectName(QStringLiteral("joinButton"));
    m_join->setDefault(true);
    m_close = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_close->setObjectName(QStringLiteral("joinClose"));
    m_close->setAutoDefault(false);
    connect(m_join, &QPushButton::clicked, this, &JoinByCodeDialog::startJoin);
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (m_joined)
            accept();
        else
            reject();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_form);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(buttons);
    retranslate();
}

bool JoinByCodeDialog::join(const QString &hubUrl, const QString &code, const QString &pin)
{
    m_url->setText(hubUrl);
    m_code->setText(code);
    m_pin->setText(pin);
    if (!pin.isEmpty())
        m_pinToggle->setChecked(true);
    return startJoin();
}

bool JoinByCodeDialog::startJoin()
{
    if (m_busy || m_joined)
        return false;
    auto url = HubEndpoint::parseUrl(m_url->text());
    if (!url) {
        m_message->showError(url.error().message());
        m_url->setFocus();
        return false;
    }
    auto pin = HubEndpoint::parsePin(m_pin->text());
    if (!pin) {
        m_pinToggle->setChecked(true);
        m_message->showError(pin.error().message());
        m_pin->setFocus();
        return false;
    }
    auto out = std::make_shared<Outcome>();
    const QString code = m_code->text();
    HubConnection::Options options = HubEndpoint::withStoredPin(url.value(), nullptr);
    options.pinnedCertSha256 = pin.value();
    setBusy(true);
    WorkspaceTask::withSibling(
        this, m_ws,
        [out, options, code](Workspace &sibling) {
            // Made here: its network access belongs to this thread.
            HubConnection connection(options);
            const QByteArray before = pinnedProject(sibling).first;
            // A workspace in a project already gets a store for the new one
            // (ProjectMembership::join, as `vigiactl project join`), which
            // the sibling then has open.
            auto joined = HubJoin::join(sibling, connection, code);
            out->store = sibling.projectStore();
            if (const auto after = pinnedProject(sibling); after.first != before)
                out->newlyPinned = after.second;
            if (!joined) {
                out->status = joined.error();
                return;
            }
            out->projectName = joined.value().invitation.projectName;
            out->deviceFingerprint = joined.value().deviceFingerprint;
        },
        [this, out](Status opened) {
            const Status &outcome = opened ? out->status : opened;
            if (opened && out->store != m_ws.projectStore() && !out->newlyPinned.isEmpty())
                m_addedStore = out->store;
            m_newlyPinned = opened ? out->newlyPinned : QString();
            finish(outcome.ok(), outcome.ok() ? QString() : outcome.error().message(),
                   out->projectName, out->deviceFingerprint);
        });
    return true;
}

void JoinByCodeDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}

void JoinByCodeDialog::finish(bool ok, const QString &error, const QString &projectName,
                              const QString &deviceFingerprint)
{
    setBusy(false);
    if (ok) {
        m_joined = true;
        m_projectName = projectName;
        m_deviceFingerprint = deviceFingerprint;
        showJoined();
        emit joined();
        emit joinFinished(true);
        return;
    }
    // The hub may refuse the request after this device pinned the project:
    // the code is spent then, and the request goes by USB stick instead.
    if (const QString current = m_newlyPinned; !current.isEmpty()) {
        m_projectName = current;
        m_join->hide();
        m_form->setEnabled(false);
        m_close->setText(tr("Close"));
        m_close->setAccessibleName(tr("Close this window"));
        m_message->showError(PlainMessage::withoutCommandLines(error) + QLatin1Char('\n') +
                             tr("This device joined the project %1, but its request did not reach "
                                "the hub. Close this window and give your coordinator the request "
                                "on a USB stick (step 2 of the Sync page).")
                                 .arg(current));
        emit joined();
    } else {
        m_message->showError(PlainMessage::withoutCommandLines(error));
        m_code->setFocus();
    }
    emit joinFinished(false);
}

void JoinByCodeDialog::showJoined()
{
    m_form->hide();
    m_join->hide();
    m_message->hide();
    m_intro->hide();
    m_joinedText->setText(tr("Joined the project %1.").arg(m_projectName));
    m_fingerprint->setFingerprint(m_deviceFingerprint);
    m_result->show();
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close this window"));
    m_close->setDefault(true);
    m_close->setFocus();
}

void JoinByCodeDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_form->setEnabled(!busy);
    m_join->setEnabled(!busy);
    m_close->setEnabled(!busy);
    if (busy)
        m_message->showMessage(tr("Asking the hub…"));
}

QString JoinByCodeDialog::message() const
{
    return m_message->text();
}

bool JoinByCodeDialog::messageIsError() const
{
    return m_message->isError();
}

void JoinByCodeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void JoinByCodeDialog::retranslate()
{
    setWindowTitle(tr("Join a project with a code"));
    m_intro->setText(tr("Type the address of your project's hub and the invitation code your "
                        "coordinator reads to you. Capitals, spaces and dashes in the code do "
                        "not matter."));
    m_urlLabel->setText(tr("Hub &address:"));
    m_url->setAccessibleName(tr("Hub address"));
    m_codeLabel->setText(tr("Invitation &code:"));
    m_code->setAccessibleName(tr("Invitation code"));
    m_pinToggle->setText(tr("&Self-hosted hub (optional)"));
    m_pinToggle->setAccessibleName(tr("Show the certificate fingerprint of a self-hosted hub"));
    m_pinLabel->setText(tr("Certificate &fingerprint:"));
    m_pin->setAccessibleName(tr("Certificate fingerprint of the hub (optional)"));
    m_pinHint->setText(tr("Only for a hub with a certificate of its own: the 64 characters its "
                          "administrator gave you. Leave it empty otherwise."));
    m_progress->setAccessibleName(tr("Waiting for the hub"));
    m_message->setAccessibleName(tr("Outcome"));
    m_joinedText->setAccessibleName(tr("Project joined"));
    m_readAsk->setText(tr("Read this device's fingerprint to your coordinator:"));
    m_fingerprint->setAccessibleName(tr("This device's fingerprint"));
    m_next->setText(tr("Once your coordinator approves this device, the approval arrives by "
                       "itself with the next sync: nothing else to do here."));
    m_next->setAccessibleName(tr("What comes next"));
    m_join->setText(tr("&Join"));
    m_join->setAccessibleName(tr("Join the project with this code"));
    const bool over = m_joined || m_join->isHidden();
    m_close->setText(over ? tr("Close") : tr("Cancel"));
    m_close->setAccessibleName(over ? tr("Close this window") : tr("Do not join"));
    if (m_joined)
        m_joinedText->setText(tr("Joined the project %1.").arg(m_projectName));
}

} // namespace vigia
