#include "ui/shell/ProjectChooser.h"

#include "common/LogCategories.h"
#include "project/WorkspaceProjects.h"
#include "store/Workspace.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace vigia {

ProjectChooser::ProjectChooser(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_combo(new QComboBox(this))
{
    setObjectName(QStringLiteral("projectChooser"));
    m_combo->setObjectName(QStringLiteral("projectCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(8);
    m_label->setBuddy(m_combo);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        if (!m_filling && index >= 0)
            emit chosen(m_combo->itemData(index).toByteArray());
    });
    hide();
    retranslate();
}

void ProjectChooser::refresh(Workspace &ws)
{
    auto projects = WorkspaceProjects(ws).list();
    if (!projects) {
        qCWarning(lcProject) << "the projects of the workspace could not be read:"
                             << projects.error().message();
        hide();
        return;
    }
    m_filling = true;
    m_combo->clear();
    for (const WorkspaceProjects::Entry &e : projects.value()) {
        const QString name = e.name.isEmpty() ? tr("Project not set up yet") : e.name;
        const QString text = e.country.isEmpty() ? name : tr("%1 (%2)").arg(name, e.country);
        m_combo->addItem(text, e.store);
        m_combo->setItemData(m_combo->count() - 1, text, Qt::ToolTipRole);
        if (e.current)
            m_combo->setCurrentIndex(m_combo->count() - 1);
    }
    m_filling = false;
    // The navigation is narrower than a national project's full name: the
    // box elides it, so its list opens as wide as the longest name.
    QAbstractItemView *list = m_combo->view();
    int widest = 0;
    for (int i = 0; i < m_combo->count(); ++i)
        widest = std::max(widest, list->fontMetrics().horizontalAdvance(m_combo->itemText(i)));
    // Room for the item's margins and the check mark some styles draw.
    const int padding = 4 * list->fontMetrics().averageCharWidth();
    list->setMinimumWidth(widest + padding + 2 * list->frameWidth() +
                          list->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    setVisible(projects.value().size() > 1);
}

QString ProjectChooser::currentName() const
{
    return isHidden() ? QString() : m_combo->currentText();
}

void ProjectChooser::retranslate()
{
    m_label->setText(tr("Project"));
    m_combo->setAccessibleName(tr("Project"));
    m_combo->setToolTip(tr("The project whose records, targets and bundles the pages show"));
}

void ProjectChooser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace vigia
