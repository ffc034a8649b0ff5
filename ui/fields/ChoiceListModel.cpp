#include "ui/fields/ChoiceListModel.h"

namespace vigia {

namespace {
QString shownLabel(const FormSession::Choice &c)
{
    return c.label.isEmpty() ? c.name : c.label;
}
} // namespace

ChoiceListModel::ChoiceListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void ChoiceListModel::setChoices(const QList<FormSession::Choice> &choices)
{
    beginResetModel();
    m_choices = choices;
    m_folded.clear(); // folded again when a filter needs them
    rebuildShown();
    endResetModel();
}

void ChoiceListModel::setFilter(const QString &text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_filter)
        return;
    beginResetModel();
    m_filter = folded;
    rebuildShown();
    endResetModel();
}

void ChoiceListModel::rebuildShown()
{
    m_shown.clear();
    m_shown.reserve(m_choices.size());
    if (m_filter.isEmpty()) {
        for (int i = 0; i < int(m_choices.size()); ++i)
            m_shown.append(i);
        return;
    }
    // Folded on the first filter rather than on opening: most records are
    // opened without typing in the box.
    if (m_folded.size() != m_choices.size()) {
        m_folded.clear();
        m_folded.reserve(m_choices.size());
        for (const FormSession::Choice &c : std::as_const(m_choices))
            m_folded.append(shownLabel(c).toCaseFolded());
    }
    for (int i = 0; i < int(m_folded.size()); ++i) {
        if (m_folded.at(i).contains(m_filter))
            m_shown.append(i);
    }
}

void ChoiceListModel::setCheckable(bool checkable)
{
    beginResetModel();
    m_checkable = checkable;
    endResetModel();
}

void ChoiceListModel::setChecked(const QSet<QString> &names)
{
    m_checked = names;
    if (!m_shown.isEmpty())
        emit dataChanged(index(0), index(int(m_shown.size()) - 1), {Qt::CheckStateRole});
}

int ChoiceListModel::rowOf(const QString &name) const
{
    // A scan rather than an index by name: it runs once per answer shown,
    // and building the index would cost more on opening than it saves.
    for (int row = 0; row < int(m_shown.size()); ++row) {
        if (m_choices.at(m_shown.at(row)).name == name)
            return row;
    }
    return -1;
}

QString ChoiceListModel::nameAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? m_choices.at(m_shown.at(row)).name : QString();
}

int ChoiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant ChoiceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const FormSession::Choice &c = m_choices.at(m_shown.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return shownLabel(c);
    case kNameRole:
        return c.name;
    case Qt::CheckStateRole:
        if (m_checkable)
            return int(m_checked.contains(c.name) ? Qt::Checked : Qt::Unchecked);
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags ChoiceListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (m_checkable && index.isValid())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool ChoiceListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_checkable || role != Qt::CheckStateRole || !index.isValid() ||
        index.row() >= m_shown.size())
        return false;
    const QString name = m_choices.at(m_shown.at(index.row())).name;
    const bool on = value.toInt() == Qt::Checked;
    if (on == m_checked.contains(name))
        return true;
    if (on)
        m_checked.insert(name);
    else
        m_checked.remove(name);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkToggled(name, on);
    return true;
}

} // namespace vigia
