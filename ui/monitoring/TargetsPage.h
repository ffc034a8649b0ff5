#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace vigia {

class TargetsModel;
class Workspace;

// The targets of the project with their progress: status, latest value and
// the milestone path (docs/monitoring.md). Read only in this slice; targets
// are set with `vigiactl targets`. Read again whenever the page is shown,
// since reports are finalized on the records page.
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

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void showMessage();

    TargetsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace vigia
