#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace vigia {

class TargetDialog;
class TargetsModel;
class Workspace;

// The targets of the project with their progress: status, latest value and
// the milestone path (docs/monitoring.md). Coordinators add, edit and
// delete them (TargetDialog); researchers read them, and the page says why
// its buttons are off. Read again whenever the page is shown, since reports
// are finalized on the records page.
class TargetsPage : public QWidget
{
    Q_OBJECT

public:
    explicit TargetsPage(Workspace &ws, QWidget *parent = nullptr);

    void reload();
    [[nodiscard]] TargetsModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    // The message shown above the table: empty state or a read error.
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] QString roleNoteText() const;
    [[nodiscard]] QPushButton *addButton() const { return m_add; }
    [[nodiscard]] QPushButton *editButton() const { return m_edit; }
    [[nodiscard]] QPushButton *deleteButton() const { return m_delete; }

    void addTarget();
    void editSelected();
    void deleteSelected();

    // How the dialog and the delete confirmation are run: exec() and a
    // question box by default; tests answer them directly.
    void setDialogRunner(std::function<int(TargetDialog &)> run) { m_runDialog = std::move(run); }
    void setConfirm(std::function<bool(const QString &)> confirm)
    {
        m_confirm = std::move(confirm);
    }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void showMessage();
    void updateButtons();
    void runDialog(TargetDialog &dialog);
    [[nodiscard]] int selectedRow() const;

    Workspace &m_ws;

    TargetsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_roleNote = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QString m_actionError;
    std::function<int(TargetDialog &)> m_runDialog;
    std::function<bool(const QString &)> m_confirm;
};

} // namespace vigia
