#include "ui/shell/ProjectChooser.h"

#include "common/LogCategories.h"
#include "project/WorkspaceProjects.h"
#include "store/Workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

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
        m_combo->addItem(e.country.isEmpty() ? name : tr("%1 (%2)").arg(name, e.country), e.store);
        if (e.current)
            m_combo->setCurrentIndex(m_combo->count() - 1);
    }
    m_filling = false;
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
