#include "ui/records/ProblemList.h"

namespace vigia {

namespace {
constexpr int kPathRole = Qt::UserRole + 1;
// Enough lines to see what is left without taking the form's height.
constexpr int kVisibleLines = 4;
} // namespace

ProblemList::ProblemList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("problemList"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    hide();
    const auto choose = [this](QListWidgetItem *item) {
        if (item)
            emit problemChosen(item->data(kPathRole).toString());
    };
    connect(this, &QListWidget::itemClicked, this, choose);
    connect(this, &QListWidget::itemActivated, this, choose);
}

void ProblemList::setProblems(const QList<Problem> &problems)
{
    clear();
    for (const Problem &p : problems) {
        auto *item = new QListWidgetItem(p.text, this);
        item->setData(kPathRole, p.path);
    }
    setVisible(!problems.isEmpty());
    if (!problems.isEmpty())
        setMaximumHeight(sizeHintForRow(0) * kVisibleLines + 2 * frameWidth());
}

QStringList ProblemList::paths() const
{
    QStringList out;
    for (int i = 0; i < count(); ++i)
        out.append(item(i)->data(kPathRole).toString());
    return out;
}

} // namespace vigia
