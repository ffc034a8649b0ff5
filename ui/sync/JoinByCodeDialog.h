#pragma once

#include <QDialog>
#include <QString>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;
class QWidget;

namespace vigia {

class StatusLine;

class FingerprintLabel;
class Workspace;

// Joining a project through its hub with the code the coordinator reads out
// by phone (HubJoin): the hub's address, the code, and for a self-hosted hub
// the certificate's fingerprint. The hub is reached on a worker thread, so
// the window keeps answering; a failure is said in words and leaves the
// typed values for another try. A workspace already in a project joins a
// further one beside it, as `vigiactl project join` does. Once joined, the dialog shows this
// device's fingerprint for the coordinator to compare: the approval then arrives by itself with the
// next sync. Tests drive it with join() and wait for joinFinished().
class JoinByCodeDialog : public QDialog
{
    Q_OBJECT

public:
    // `ws` must outlive the dialog and any join it started.
    explicit JoinByCodeDialog(Workspace &ws, QWidget *parent = nullptr);

    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] bool hasJoined() const { return m_joined; }
    // The last outcome as shown: an error, or what comes next.
    [[nodiscard]] QString message() const;
    [[nodiscard]] bool messageIsError() const;
    [[nodiscard]] QString projectName() const { return m_projectName; }
    // As Fingerprint::format writes it; empty until joined.
    [[nodiscard]] QString deviceFingerprint() const { return m_deviceFingerprint; }
    // A workspace already in a project joins a further one in a store of its
    // own (docs/store.md, "Several projects"): that store's id once the
    // project is pinned there, for the window to switch to. Empty otherwise.
    [[nodiscard]] QByteArray addedProjectStore() const { return m_addedStore; }

public slots:
    // Fills in the fields and joins, as typing them and pressing Join does.
    // False when nothing started (a malformed address or fingerprint, or a
    // join already running); the outcome otherwise comes with joinFinished().
    bool join(const QString &hubUrl, const QString &code, const QString &pin = QString());
    // Joins with what the fields hold.
    bool startJoin();
    // Closing waits while the hub is asked: the answer must be seen.
    void reject() override;

signals:
    void joinFinished(bool ok);
    // The workspace now belongs to a project (the Sync page refreshes).
    void joined();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setBusy(bool busy);
    void finish(bool ok, const QString &error, const QString &projectName,
                const QString &deviceFingerprint);
    void showJoined();

    Workspace &m_ws;
    bool m_busy = false;
    bool m_joined = false;
    QString m_projectName;
    QString m_deviceFingerprint;
    QByteArray m_addedStore;
    QString m_newlyPinned; // by the last attempt, even one the hub then refused

    QLabel *m_intro = nullptr;
    QWidget *m_form = nullptr;
    QLabel *m_urlLabel = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_codeLabel = nullptr;
    QLineEdit *m_code = nullptr;
    QToolButton *m_pinToggle = nullptr;
    QWidget *m_pinBox = nullptr;
    QLabel *m_pinLabel = nullptr;
    QLineEdit *m_pin = nullptr;
    QLabel *m_pinHint = nullptr;
    QProgressBar *m_progress = nullptr;
    StatusLine *m_message = nullptr;
    QWidget *m_result = nullptr;
    QLabel *m_joinedText = nullptr;
    QLabel *m_readAsk = nullptr;
    FingerprintLabel *m_fingerprint = nullptr;
    QLabel *m_next = nullptr;
    QPushButton *m_join = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace vigia
