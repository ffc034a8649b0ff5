#include "ui/sync/HubCoordinatorPanel.h"

#include "crypto/Fingerprint.h"
#include "project/ProjectStore.h"
#include "store/Role.h"
#include "store/Workspace.h"
#include "sync/HubConnection.h"
#include "sync/HubEndpoint.h"
#include "sync/HubProjectAdmin.h"
#include "ui/common/SentenceLabel.h"
#include "ui/common/StatusLine.h"
#include "ui/common/WorkspaceTask.h"
#include "ui/sync/FingerprintLabel.h"
#include "ui/sync/JoinRequestDialog.h"
#include "ui/sync/PlainMessage.h"

#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>
#include <utility>

namespace vigia {

namespace {
constexpr int kSecondsPerDay = 86'400;

QPushButton *button(const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(objectName);
    return b;
}

QString roleText(const QString &asked)
{
    return roleFromName(asked) == Role::Coordinator ? HubCoordinatorPanel::tr("Coordinator")
                                                    : HubCoordinatorPanel::tr("Researcher");
}
} // namespace

HubCoordinatorPanel::HubCoordinatorPanel(Workspace &ws, QWidget *parent)
    : QGroupBox(parent)
    , m_ws(ws)
{
    setObjectName(QStringLiteral("hubCoordinator"));

    m_registerText = new SentenceLabel(QStringLiteral("hubRegisterText"), this);
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("hubToken"));
    m_tokenLabel = new QLabel(this);
    m_tokenLabel->setObjectName(QStringLiteral("hubTokenLabel"));
    m_tokenLabel->setBuddy(m_token);
    m_register = button(QStringLiteral("hubRegister"), this);
    auto *registerRow = new QHBoxLayout;
    registerRow->addWidget(m_tokenLabel);
    registerRow->addWidget(m_token, 1);
    registerRow->addWidget(m_register);

    m_codeIntro = new SentenceLabel(QStringLiteral("hubCodeIntro"), this);
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("hubCodeDays"));
    m_days->setRange(1, kMaxDays);
    m_days->setValue(kDefaultDays);
    m_daysLabel = new QLabel(this);
    m_daysLabel->setObjectName(QStringLiteral("hubCodeDaysLabel"));
    m_daysLabel->setBuddy(m_days);
    m_createCode = button(QStringLiteral("hubCreateCode"), this);
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_daysLabel);
    codeRow->addWidget(m_days);
    codeRow->addWidget(m_createCode);
    codeRow->addStretch();

    m_codeBox = new QWidget(this);
    m_codeBox->setObjectName(QStringLiteral("hubCodeBox"));
    m_code = new QLabel(m_codeBox);
    m_code->setObjectName(QStringLiteral("hubCode"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Read out by phone: large, and fixed-width so a 0 never looks like an O.
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.8);
    mono.setBold(true);
    m_code->setFont(mono);
    m_codeExpiry = new SentenceLabel(QStringLiteral("hubCodeExpiry"), m_codeBox);
    m_codeAdvice = new SentenceLabel(QStringLiteral("hubCodeAdvice"), m_codeBox);
    m_projectFingerprint = new FingerprintLabel(QStringLiteral("hubProjectFingerprint"), m_codeBox);
    auto *codeLayout = new QVBoxLayout(m_codeBox);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->addWidget(m_code);
    codeLayout->addWidget(m_codeExpiry);
    codeLayout->addWidget(m_codeAdvice);
    codeLayout->addWidget(m_projectFingerprint);
    m_codeBox->hide();

    m_requestList = new QTreeWidget(this);
    m_requestList->setObjectName(QStringLiteral("hubRequests"));
    m_requestList->setColumnCount(3);
    m_requestList->setRootIsDecorated(false);
    m_requestList->setUniformRowHeights(true);
    m_requestList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_requestList->hide();
    m_requestsCaption = new QLabel(this);
    m_requestsCaption->setObjectName(QStringLiteral("hubRequestsCaption"));
    m_requestsCaption->setBuddy(m_requestList);
    m_noRequests = new SentenceLabel(QStringLiteral("hubNoRequests"), this);
    m_noRequests->hide();
    m_refresh = button(QStringLiteral("hubRefreshRequests"), this);
    m_approve = button(QStringLiteral("hubApprove"), this);
    auto *requestButtons = new QHBoxLayout;
    requestButtons->addWidget(m_refresh);
    requestButtons->addWidget(m_approve);
    requestButtons->addStretch();

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("hubCoordinatorProgress"));
    m_progress->setRange(0, 0); // how long the hub takes is not known
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_message = new StatusLine(QStringLiteral("hubCoordinatorMessage"), this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_registerText);
    layout->addLayout(registerRow);
    layout->addWidget(m_codeIntro);
    layout->addLayout(codeRow);
    layout->addWidget(m_codeBox);
    layout->addWidget(m_requestsCaption);
    layout->addWidget(m_requestList);
    layout->addWidget(m_noRequests);
    layout->addLayout(requestButtons);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);

    connect(m_register, &QPushButton::clicked, this, [this] { registerProject(m_token->text()); });
    connect(m_createCode, &QPushButton::clicked, this,
            [this] { createInvitation(m_days->value()); });
    connect(m_refresh, &QPushButton::clicked, this, &HubCoordinatorPanel::refreshRequests);
    connect(m_approve, &QPushButton::clicked, this, &HubCoordinatorPanel::approveSelected);
    connect(m_token, &QLineEdit::textChanged, this, &HubCoordinatorPanel::updateButtons);
    connect(m_requestList, &QTreeWidget::currentItemChanged, this,
            &HubCoordinatorPanel::updateButtons);

    retranslate();
    updateButtons();
}

bool HubCoordinatorPanel::registerProject(const QString &token)
{
    const QString trimmed = token.trimmed();
    if (trimmed.isEmpty()) {
        m_message->showError(tr("Type the one-time token the hub's administrator gave you."));
        return false;
    }
    return run(
        [trimmed](Workspace &ws, HubConnection &connection) {
            return HubProjectAdmin(ws, connection).registerProject(trimmed);
        },
        [this](const Status &outcome) {
            if (!outcome)
                return;
            // Spent: it can never register anything again.
            m_token->clear();
            m_message->showMessage(
                tr("The project is registered on the hub. New members can now join "
                   "with an invitation code."));
        });
}

bool HubCoordinatorPanel::createInvitation(int days)
{
    if (days < 1 || days > kMaxDays) {
        m_message->showError(tr("An invitation code is valid for 1 to %1 days.").arg(kMaxDays));
        return false;
    }
    struct Made
    {
        QString code;
        QString keyFingerprint;
    };
    auto made = std::make_shared<Made>();
    return run(
        [made, days](Workspace &ws, HubConnection &connection) -> Status {
            auto code = HubProjectAdmin(ws, connection).createInvitation(days * kSecondsPerDay);
            if (!code)
                return code.error();
            made->code = code.take();
            auto state = ProjectStore(ws.database()).requireProject();
            if (state)
                made->keyFingerprint = Fingerprint::format(state.value().keyFingerprint);
            return {};
        },
        [this, made, days](const Status &outcome) {
            if (!outcome)
                return;
            m_codeText = made->code;
            m_code->setText(made->code);
            const QDateTime expiry = QDateTime::currentDateTime().addDays(days);
            m_codeExpiry->setText(
                tr("Works once, until %1.").arg(locale().toString(expiry, QLocale::ShortFormat)));
            m_projectFingerprint->setFingerprint(made->keyFingerprint);
            m_codeBox->show();
        });
}

bool HubCoordinatorPanel::refreshRequests()
{
    auto listed = std::make_shared<QList<JoinRequest>>();
    return run(
        [listed](Workspace &ws, HubConnection &connection) -> Status {
            auto pending = HubProjectAdmin(ws, connection).pendingRequests();
            if (!pending)
                return pending.error();
            *listed = pending.take();
            return {};
        },
        [this, listed](const Status &outcome) {
            if (outcome)
                showRequests(*listed);
        });
}

bool HubCoordinatorPanel::approveSelected()
{
    const int row = m_requestList->indexOfTopLevelItem(m_requestList->currentItem());
    if (m_busy || row < 0 || row >= m_requests.size())
        return false;
    return approve(m_requests.at(row));
}

bool HubCoordinatorPanel::approve(const JoinRequest &request)
{
    if (m_busy)
        return false;
    // The hub could have listed anybody's request: only the fingerprint,
    // compared by phone, says whose device this is.
    JoinRequestDialog dialog(request, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Role role = dialog.grantedRole();
    const QByteArray deviceId = request.deviceId;
    auto listed = std::make_shared<QList<JoinRequest>>();
    auto approved = std::make_shared<bool>(false);
    return run(
        [listed, approved, deviceId, role](Workspace &ws, HubConnection &connection) -> Status {
            HubProjectAdmin admin(ws, connection);
            auto manifest = admin.approve(deviceId, role);
            // Signed here even when the hub did not take it: the page must
            // show the new member either way.
            *approved = true;
            if (!manifest)
                return manifest.error();
            auto pending = admin.pendingRequests();
            if (pending)
                *listed = pending.take();
            return {};
        },
        [this, listed, approved, request, role](const Status &outcome) {
            if (outcome) {
                showRequests(*listed);
                m_message->showMessage(
                    tr("%1 is approved as %2. The hub passes the new list of members "
                       "on to every device.")
                        .arg(request.name,
                             role == Role::Coordinator ? tr("coordinator") : tr("researcher")));
            }
            if (*approved)
                emit projectChanged();
        });
}

bool HubCoordinatorPanel::run(Call call, std::function<void(const Status &)> after)
{
    if (m_busy)
        return false;
    auto out = std::make_shared<Status>();
    setBusy(true);
    WorkspaceTask::withSibling(
        this, m_ws,
        [out, call = std::move(call)](Workspace &sibling) {
            auto options = HubEndpoint::of(sibling);
            if (!options) {
                *out = options.error();
                return;
            }
            // Made here: its network access belongs to this thread.
            HubConnection connection(options.value());
            *out = call(sibling, connection);
        },
        [this, out, after = std::move(after)](Status opened) {
            const Status outcome = opened ? *out : opened;
            setBusy(false);
            if (!outcome)
                m_message->showError(PlainMessage::withoutCommandLines(outcome.error().message()));
            after(outcome);
            emit finished(outcome.ok());
        });
    return true;
}

void HubCoordinatorPanel::showRequests(const QList<JoinRequest> &requests)
{
    m_requests = requests;
    m_requestList->clear();
    for (const JoinRequest &r : requests) {
        auto *item = new QTreeWidgetItem(m_requestList);
        item->setText(0, r.name);
        item->setText(1, roleText(r.role));
        item->setText(2, r.fingerprint());
    }
    if (!requests.isEmpty())
        m_requestList->setCurrentItem(m_requestList->topLevelItem(0));
    m_requestList->setVisible(!requests.isEmpty());
    m_noRequests->setVisible(requests.isEmpty());
    m_message->showMessage(QString());
    updateButtons();
    emit requestsChanged(requests);
}

void HubCoordinatorPanel::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_token->setEnabled(!busy);
    m_days->setEnabled(!busy);
    if (busy)
        m_message->showMessage(tr("Asking the hub…"));
    else if (!m_message->isError())
        m_message->showMessage(QString());
    updateButtons();
}

void HubCoordinatorPanel::updateButtons()
{
    m_register->setEnabled(!m_busy && !m_token->text().trimmed().isEmpty());
    m_createCode->setEnabled(!m_busy);
    m_refresh->setEnabled(!m_busy);
    m_approve->setEnabled(!m_busy && m_requestList->currentItem() != nullptr);
}

QString HubCoordinatorPanel::message() const
{
    return m_message->text();
}

bool HubCoordinatorPanel::messageIsError() const
{
    return m_message->isError();
}

void HubCoordinatorPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void HubCoordinatorPanel::retranslate()
{
    setTitle(tr("On the hub"));
    m_registerText->setText(tr("Once, before anyone joins: register the project on the hub with "
                               "the one-time token its administrator gave you."));
    m_tokenLabel->setText(tr("One-time token:"));
    m_token->setAccessibleName(tr("One-time token from the hub's administrator"));
    m_register->setText(tr("Register the project on the hu&b"));
    m_register->setAccessibleName(tr("Register the project on the hub"));

    m_codeIntro->setText(tr("A new member joins with a code you read to them by phone."));
    m_daysLabel->setText(tr("Valid for (da&ys):"));
    m_days->setAccessibleName(tr("Days the invitation code is valid"));
    m_createCode->setText(tr("Ne&w invitation code"));
    m_createCode->setAccessibleName(tr("Create an invitation code on the hub"));
    m_code->setAccessibleName(tr("Invitation code"));
    m_codeExpiry->setAccessibleName(tr("Invitation code valid until"));
    m_codeAdvice->setText(tr("Read the code to the new member, who joins with \"Join with a "
                             "code\" on their Sync page. Read them the project's fingerprint "
                             "too, so they know the project is yours:"));
    m_projectFingerprint->setAccessibleName(tr("Project fingerprint"));

    m_requestsCaption->setText(tr("Join requests waiting:"));
    m_requestList->setHeaderLabels({tr("Name"), tr("Asks to be"), tr("Device fingerprint")});
    m_requestList->setAccessibleName(tr("Join requests waiting on the hub"));
    for (int i = 0; i < m_requestList->topLevelItemCount() && i < m_requests.size(); ++i)
        m_requestList->topLevelItem(i)->setText(1, roleText(m_requests.at(i).role));
    m_noRequests->setText(tr("No join request is waiting."));
    m_noRequests->setAccessibleName(tr("Join requests waiting on the hub"));
    m_refresh->setText(tr("Refre&sh"));
    m_refresh->setAccessibleName(tr("Fetch the join requests waiting on the hub"));
    m_approve->setText(tr("Chec&k and approve…"));
    m_approve->setAccessibleName(tr("Approve the selected join request"));
    m_progress->setAccessibleName(tr("Waiting for the hub"));
    m_message->setAccessibleName(tr("Outcome"));
}

} // namespace vigia
