#pragma once

#include "forms/FormSession.h"

#include <QAbstractListModel>
#include <QSet>

namespace vigia {

// The choices of a long select list, as rows of a list view: a model rather
// than one item (or one check box) per choice, so that a list of 10 000
// choices read from a file opens and filters without building 10 000
// widgets or items. Its rows are the choices the filter shows, in list
// order. Checkable for select_multiple: the check marks are the chosen names.
class ChoiceListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int kNameRole = Qt::UserRole + 1;

    explicit ChoiceListModel(QObject *parent = nullptr);

    void setChoices(const QList<FormSession::Choice> &choices);
    // Shows only the choices whose label holds `text`, in any case; an
    // empty text shows them all.
    void setFilter(const QString &text);
    void setCheckable(bool checkable);
    void setChecked(const QSet<QString> &names);
    [[nodiscard]] const QSet<QString> &checked() const { return m_checked; }

    // The row of the choice `name`, -1 when it is not shown.
    [[nodiscard]] int rowOf(const QString &name) const;
    [[nodiscard]] QString nameAt(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

signals:
    // A person checked or unchecked a choice (not setChecked()).
    void checkToggled(const QString &name, bool checked);

private:
    void rebuildShown();

    QList<FormSession::Choice> m_choices;
    // The shown labels case-folded once (on the first filter), so that each
    // letter typed compares plain strings rather than folding 10 000 labels.
    QStringList m_folded;
    QString m_filter;
    QList<int> m_shown;            // indexes into m_choices
    bool m_checkable = false;
    QSet<QString> m_checked;
};

} // namespace vigia
