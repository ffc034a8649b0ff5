#include "ui/records/ReviewBar.h"

#include "store/ReviewStore.h"
#include "store/Workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>

namespace vigia {

namespace {
constexpr ReviewState kStates[] = {ReviewState::Received, ReviewState::Approved,
                                   ReviewState::NeedsChanges, ReviewState::Rejected};
}

ReviewBar::ReviewBar(Workspace &ws, Selection selection, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_selection(std::move(selection))
{
    setObjectName(QStringLiteral("reviewBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filterLabel = new QLabel(this);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("reviewFilter"));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filterLabel->setBuddy(m_filter);
    layout->addWidget(m_filterLabel);
    layout->addWidget(m_filter);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ReviewBar::filterChanged);

    m_approve = new QPushButton(this);
    m_approve->setObjectName(QStringLiteral("approveRecords"));
    m_setState = new QToolButton(this);
    m_setState->setObjectName(QStringLiteral("setReviewState"));
    m_setState->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_setState);
    for (ReviewState state : kStates) {
        QAction *a = menu->addAction(QString());
        a->setData(int(state));
        connect(a, &QAction::triggered, this, [this, state] { (void)setSelectedState(state); });
    }
    m_setState->setMenu(menu);
    layout->addWidget(m_approve);
    layout->addWidget(m_setState);
    connect(m_approve, &QPushButton::clicked, this,
            [this] { (void)setSelectedState(ReviewState::Approved); });
    // Judging is a coordinator's work; a researcher's device only filters.
    const bool coordinator = m_ws.role() == Role::Coordinator;
    m_approve->setVisible(coordinator);
    m_setState->setVisible(coordinator);
    retranslate();
    setSelectedCount(0);
}

QString ReviewBar::stateText(ReviewState state)
{
    switch (state) {
    case ReviewState::Received:
        return tr("Received");
    case ReviewState::Approved:
        return tr("Approved");
    case ReviewState::NeedsChanges:
        return tr("Needs changes");
    case ReviewState::Rejected:
        return tr("Rejected");
    }
    return {};
}

std::optional<ReviewState> ReviewBar::filter() const
{
    const QVariant v = m_filter->currentData();
    if (!v.isValid())
        return std::nullopt;
    return ReviewState(v.toInt());
}

void ReviewBar::setFilter(std::optional<ReviewState> state)
{
    m_filter->setCurrentIndex(state ? qMax(0, m_filter->findData(int(*state))) : 0);
}

void ReviewBar::setSelectedCount(int count)
{
    m_approve->setEnabled(count > 0);
    m_setState->setEnabled(count > 0);
}

bool ReviewBar::setSelectedState(ReviewState state)
{
    const QList<QUuid> records = m_selection ? m_selection() : QList<QUuid>();
    if (records.isEmpty())
        return false;
    auto done = ReviewStore(m_ws.database(), m_ws.oplog(), m_ws.role()).setAll(records, state);
    if (!done) {
        QMessageBox::warning(this, tr("Review not changed"), done.error().message());
        return false;
    }
    emit reviewed();
    return true;
}

void ReviewBar::retranslate()
{
    m_filterLabel->setText(tr("Re&view:"));
    m_filter->setAccessibleName(tr("Filter by review state"));
    const QVariant chosen = m_filter->currentData();
    {
        const QSignalBlocker block(m_filter);
        m_filter->clear();
        m_filter->addItem(tr("Any review state"), QVariant());
        for (ReviewState state : kStates)
            m_filter->addItem(stateText(state), int(state));
        m_filter->setCurrentIndex(chosen.isValid() ? qMax(0, m_filter->findData(chosen)) : 0);
    }
    m_approve->setText(tr("&Approve"));
    m_approve->setToolTip(tr("Approve the selected finalized records"));
    m_setState->setText(tr("Set stat&e"));
    m_setState->setToolTip(tr("Set the review state of the selected finalized records"));
    for (QAction *a : m_setState->menu()->actions())
        a->setText(stateText(ReviewState(a->data().toInt())));
}

void ReviewBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace vigia
