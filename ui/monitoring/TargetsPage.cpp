#include "ui/monitoring/TargetsPage.h"

#include "store/TargetStore.h"
#include "store/Workspace.h"
#include "ui/monitoring/TargetDialog.h"
#include "ui/monitoring/TargetsModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace vigia {

TargetsPage::TargetsPage(Workspace &ws, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
{
    m_runDialog = [](TargetDialog &dialog) { return dialog.exec(); };
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Delete target"), question) == QMessageBox::Yes;
    };
    m_model = new TargetsModel(ws, this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("targetsTitle"));
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("targetsMessage"));
    m_message->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("targetsTable"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_roleNote = new QLabel(this);
    m_roleNote->setObjectName(QStringLiteral("targetsRoleNote"));
    m_roleNote->setWordWrap(true);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("targetsAdd"));
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("targetsEdit"));
    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("targetsDelete"));
    connect(m_add, &QPushButton::clicked, this, &TargetsPage::addTarget);
    connect(m_edit, &QPushButton::clicked, this, &TargetsPage::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &TargetsPage::deleteSelected);
    connect(m_view, &QTableView::doubleClicked, this, &TargetsPage::editSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TargetsPage::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TargetsPage::updateButtons);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addWidget(m_roleNote);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    retranslate();
    reload();
}

void TargetsPage::reload()
{
    m_model->reload();
    showMessage();
}

QString TargetsPage::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void TargetsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload(); // statuses and numbers follow the interface language
    }
    QWidget::changeEvent(event);
}

void TargetsPage::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

QString TargetsPage::roleNoteText() const
{
    return m_roleNote->isHidden() ? QString() : m_roleNote->text();
}

int TargetsPage::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void TargetsPage::updateButtons()
{
    const bool coordinator = TargetStore::mayWrite(m_ws.role());
    const bool selected = selectedRow() >= 0;
    m_add->setEnabled(coordinator);
    m_edit->setEnabled(coordinator && selected);
    m_delete->setEnabled(coordinator && selected);
    m_roleNote->setVisible(!coordinator);
}

void TargetsPage::runDialog(TargetDialog &dialog)
{
    if (m_runDialog(dialog) != QDialog::Accepted)
        return;
    TargetStore targets(m_ws.database(), m_ws.oplog(), m_ws.role());
    auto written = targets.set(dialog.target());
    m_actionError = written ? QString() : written.error().message();
    reload();
}

void TargetsPage::addTarget()
{
    TargetDialog dialog(this);
    dialog.setWindowTitle(tr("Add target"));
    runDialog(dialog);
}

void TargetsPage::editSelected()
{
    const int row = selectedRow();
    if (row < 0 || row >= m_model->rows().size())
        return;
    TargetDialog dialog(this);
    dialog.setWindowTitle(tr("Edit target"));
    dialog.setTarget(m_model->rows().at(row).target);
    runDialog(dialog);
}

void TargetsPage::deleteSelected()
{
    const int row = selectedRow();
    if (row < 0 || row >= m_model->rows().size())
        return;
    const Target t = m_model->rows().at(row).target;
    const QString breakdown = t.disaggregation.isEmpty() ? tr("total") : t.disaggregation;
    if (!m_confirm(tr("Delete the target for %1 in %2 (%3)? A coordinator can set it again.")
                       .arg(t.indicator, t.country, breakdown)))
        return;
    TargetStore targets(m_ws.database(), m_ws.oplog(), m_ws.role());
    const Status removed = targets.remove(t.id);
    m_actionError = removed ? QString() : removed.error().message();
    reload();
}

void TargetsPage::retranslate()
{
    m_title->setText(tr("Targets"));
    m_add->setText(tr("&Add target…"));
    m_edit->setText(tr("&Edit target…"));
    m_delete->setText(tr("&Delete target"));
    m_roleNote->setText(tr("Only a coordinator can add, edit or delete targets; as a researcher "
                           "you can read them and their progress."));
    m_view->setAccessibleName(tr("Targets and their progress"));
    showMessage();
}

void TargetsPage::showMessage()
{
    QString text;
    if (!m_actionError.isEmpty())
        text = m_actionError;
    else if (!m_model->errorString().isEmpty())
        text = m_model->errorString();
    else if (m_model->rowCount() == 0)
        text = tr("No targets yet. A coordinator adds them here, or with vigiactl targets set "
                  "or vigiactl targets import.");
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace vigia
