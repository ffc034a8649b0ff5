#pragma once

#include <QDialog>
#include <QUuid>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace vigia {

class CodebookModel;
class Workspace;

// Chooses one code: type to filter, arrows and Enter to pick. Used to apply a
// code (Ctrl+K), to move a code and to choose where a merge goes.
class CodebookPickerDialog : public QDialog
{
    Q_OBJECT

public:
    CodebookPickerDialog(Workspace &ws, const QString &title, QWidget *parent = nullptr);

    // Offers "Top level" as a choice (a null id): for moves.
    void setTopLevelAllowed(bool allowed);
    // Hides `id` and its sub-codes: a code cannot move under itself.
    void excludeSubtree(const QUuid &id);
    void setCurrent(const QUuid &id);

    [[nodiscard]] QUuid selectedCode() const { return m_selected; }
    [[nodiscard]] bool topLevelChosen() const { return m_topLevelChosen; }
    [[nodiscard]] QLineEdit *filterEdit() const { return m_filter; }
    [[nodiscard]] QTreeView *view() const { return m_view; }

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refill();

    Workspace &m_ws;
    CodebookModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_view = nullptr;
    QUuid m_excluded;
    bool m_topLevel = false;
    bool m_topLevelChosen = false;
    QUuid m_selected;
};

} // namespace vigia
