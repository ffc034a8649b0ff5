#pragma once

#include <QFrame>
#include <QList>

class QBoxLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace vigia {

// One numbered step of the Sync page's guided sequence: a mark (its number,
// or a check once done), a title, a sentence saying what to do, and its
// buttons. Only the current step's buttons are enabled, and a finished
// step's when it may be done again (a second invitation, a newer approval).
class SyncStep : public QFrame
{
    Q_OBJECT

public:
    enum class State
    {
        Waiting, // an earlier step comes first
        Current,
        Done
    };

    SyncStep(int number, int count, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setText(const QString &text);
    QPushButton *addButton(const QString &objectName);
    // A button with the menu every bundle import offers: "Bundle files…"
    // (actions()[0]) and "Every bundle in a folder…" (actions()[1]).
    QPushButton *addBundleMenu(const QString &objectName);
    // The texts of a button made by addBundleMenu, in the interface language.
    static void retranslateBundleMenu(QPushButton *button);
    // Below the text, above the buttons (a fingerprint to read aloud, a question).
    void addWidget(QWidget *widget);
    // Enables the buttons: all of them when current, or done and redoable.
    void setState(State state, bool redoable = false);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString title() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    int m_number = 0;
    int m_count = 0;
    State m_state = State::Waiting;
    QLabel *m_mark = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QVBoxLayout *m_body = nullptr;
    QBoxLayout *m_buttons = nullptr;
    QList<QPushButton *> m_buttonList;
};

} // namespace vigia
