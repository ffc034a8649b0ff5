#pragma once

#include "store/ReviewState.h"

#include <QList>
#include <QUuid>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;

namespace vigia {

class Workspace;

// The records list's review controls (ReviewStore): a filter by review
// state for everyone and, on a coordinator's device, "Approve" and "Set
// state" for the selected records, all of them in one change.
class ReviewBar : public QWidget
{
    Q_OBJECT

public:
    using Selection = std::function<QList<QUuid>()>;

    // `selection` gives the records selected in the list when a button is used.
    ReviewBar(Workspace &ws, Selection selection, QWidget *parent = nullptr);

    // The state the list is filtered by, if any.
    [[nodiscard]] std::optional<ReviewState> filter() const;
    void setFilter(std::optional<ReviewState> state);
    // Enables the buttons for `count` selected records.
    void setSelectedCount(int count);
    // Sets `state` on the selected records; false (and the reason shown)
    // when the store refused: then none changed.
    bool setSelectedState(ReviewState state);

    [[nodiscard]] QComboBox *filterBox() const { return m_filter; }
    [[nodiscard]] QPushButton *approveButton() const { return m_approve; }

    // The text of a state in lists and menus.
    [[nodiscard]] static QString stateText(ReviewState state);

signals:
    void filterChanged();
    // States were written: the list shows them again.
    void reviewed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Workspace &m_ws;
    Selection m_selection;
    QLabel *m_filterLabel = nullptr;
    QComboBox *m_filter = nullptr;
    QPushButton *m_approve = nullptr;
    QToolButton *m_setState = nullptr;
};

} // namespace vigia
