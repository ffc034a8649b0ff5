#pragma once

#include "common/Result.h"
#include "project/JoinRequest.h"

#include <QByteArray>
#include <QGroupBox>
#include <QList>
#include <QString>

#include <functional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace vigia {

class StatusLine;

class FingerprintLabel;
class HubConnection;
class Workspace;

// The coordinator's business with the project's hub (HubProjectAdmin), for
// the device that holds the project key: register the project with the
// token the hub's administrator gave, make invitation codes to read out by
// phone, and approve the join requests waiting on the hub after comparing
// each device's fingerprint. Every request runs on a worker thread; while
// one runs the buttons wait and a bar moves, and its outcome is said in the
// panel. Tests call the slots (approveSelected() asks first, as the button
// does) and wait for finished().
class HubCoordinatorPanel : public QGroupBox
{
    Q_OBJECT

public:
    static constexpr int kDefaultDays = 7;
    static constexpr int kMaxDays = 30;

    // `ws` must outlive the panel and any request it started.
    explicit HubCoordinatorPanel(Workspace &ws, QWidget *parent = nullptr);

    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] bool messageIsError() const;
    // The last code made, in groups of four; empty before.
    [[nodiscard]] QString invitationCode() const { return m_codeText; }
    // The requests as last fetched, in the list's order.
    [[nodiscard]] const QList<JoinRequest> &requests() const { return m_requests; }
    [[nodiscard]] QTreeWidget *requestList() const { return m_requestList; }

public slots:
    // Each starts one request to the hub and returns false when none
    // started (another runs, or nothing to send); finished() tells the end.
    bool registerProject(const QString &token);
    bool createInvitation(int days);
    bool refreshRequests();
    // Shows the selected request with its fingerprint and the role to grant
    // (JoinRequestDialog); approves on the hub only if the person does.
    bool approveSelected();
    // The same for one of the requests fetched (the devices list offers them).
    bool approve(const vigia::JoinRequest &request);

signals:
    // The requests waiting on the hub, as last fetched.
    void requestsChanged(const QList<vigia::JoinRequest> &requests);
    void finished(bool ok);
    // The project's manifest changed here (a device approved).
    void projectChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    using Call = std::function<Status(Workspace &, HubConnection &)>;
    // `call` on a worker thread with a connection to the project's hub;
    // `after` on this thread with its outcome.
    bool run(Call call, std::function<void(const Status &)> after);
    void setBusy(bool busy);
    void showRequests(const QList<JoinRequest> &requests);
    void updateButtons();
    void retranslate();

    Workspace &m_ws;
    bool m_busy = false;
    QString m_codeText;
    QList<JoinRequest> m_requests;

    QLabel *m_registerText = nullptr;
    QLabel *m_tokenLabel = nullptr;
    QLineEdit *m_token = nullptr;
    QPushButton *m_register = nullptr;

    QLabel *m_codeIntro = nullptr;
    QLabel *m_daysLabel = nullptr;
    QSpinBox *m_days = nullptr;
    QPushButton *m_createCode = nullptr;
    QWidget *m_codeBox = nullptr;
    QLabel *m_code = nullptr;
    QLabel *m_codeExpiry = nullptr;
    QLabel *m_codeAdvice = nullptr;
    FingerprintLabel *m_projectFingerprint = nullptr;

    QLabel *m_requestsCaption = nullptr;
    QTreeWidget *m_requestList = nullptr;
    QLabel *m_noRequests = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_approve = nullptr;

    QProgressBar *m_progress = nullptr;
    StatusLine *m_message = nullptr;
};

} // namespace vigia
