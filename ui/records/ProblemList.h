#pragma once

#include <QListWidget>

namespace vigia {

// The fields still blocking Finalize, in form order, once a finalize was
// tried: each line says which question and why, and choosing a line (click,
// Enter) asks the editor to go there. Hidden while there is nothing to list.
class ProblemList : public QListWidget
{
    Q_OBJECT

public:
    struct Problem
    {
        QString path;
        QString text; // "Question: what is wrong"
    };

    explicit ProblemList(QWidget *parent = nullptr);

    void setProblems(const QList<Problem> &problems);
    // The listed fields' paths, in form order.
    [[nodiscard]] QStringList paths() const;

signals:
    void problemChosen(const QString &path);
};

} // namespace vigia
