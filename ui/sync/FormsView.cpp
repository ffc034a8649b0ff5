#include "ui/sync/FormsView.h"

#include "store/FormPublication.h"
#include "store/FormStore.h"
#include "store/Workspace.h"
#include "ui/common/RowTable.h"
#include "ui/forms/ImportFormDialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigia {

namespace {
enum Column
{
    TitleColumn,
    IdColumn,
    VersionColumn,
    PublishedColumn,
    ColumnCount
};
} // namespace

FormsView::FormsView(Workspace &ws, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
{
    setObjectName(QStringLiteral("formsView"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_table = new RowTable(QStringLiteral("formsTable"), ColumnCount, this);
    m_publish = new QPushButton(this);
    m_publish->setObjectName(QStringLiteral("publishForm"));
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("importForm"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("formsMessage"));
    m_message->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_publish);
    buttons->addWidget(m_import);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &FormsView::updateButton);
    connect(m_publish, &QPushButton::clicked, this, &FormsView::publishSelected);
    connect(m_import, &QPushButton::clicked, this, &FormsView::showImport);
    retranslate();
    refresh();
}

int FormsView::rowCount() const
{
    return m_table->rowCount();
}

void FormsView::refresh()
{
    const int selected = m_table->currentRow();
    m_rows.clear();
    m_table->setRowCount(0);
    auto forms = m_ws.forms().list();
    if (!forms) {
        m_message->setText(forms.error().message());
        updateButton();
        return;
    }
    auto published =
        FormPublication(m_ws.database(), m_ws.oplog(), m_ws.forms(), m_ws.role()).published();
    if (!published)
        m_message->setText(published.error().message());
    const QString language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    m_table->setRowCount(int(forms.value().size()));
    int row = 0;
    for (const FormStore::Entry &e : forms.value()) {
        m_rows.append({e.formId, e.version});
        const QString title = e.title.text(language, e.defaultLanguage);
        const bool isPublished = published && published.value().contains(m_rows.last());
        m_table->setItem(row, TitleColumn,
                         new QTableWidgetItem(title.isEmpty() ? e.formId : title));
        m_table->setItem(row, IdColumn, new QTableWidgetItem(e.formId));
        m_table->setItem(row, VersionColumn, new QTableWidgetItem(e.version));
        m_table->setItem(row, PublishedColumn,
                         new QTableWidgetItem(isPublished ? tr("Published") : QString()));
        ++row;
    }
    m_table->resizeColumnsToContents();
    if (selected >= 0 && selected < m_table->rowCount())
        m_table->selectRow(selected);
    updateButton();
}

void FormsView::selectForm(const QString &formId, const QString &version)
{
    const int row = int(m_rows.indexOf(qMakePair(formId, version)));
    if (row >= 0)
        m_table->selectRow(row);
}

void FormsView::showImport()
{
    auto *dialog = new ImportFormDialog(m_ws, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportFormDialog::imported, this,
            [this](const QString &formId, const QString &version) {
                refresh();
                selectForm(formId, version);
            });
    dialog->open();
}

void FormsView::updateButton()
{
    const int row = m_table->currentRow();
    const bool chosen = !m_table->selectedItems().isEmpty() && row >= 0 && row < m_rows.size();
    const QTableWidgetItem *state = chosen ? m_table->item(row, PublishedColumn) : nullptr;
    m_publish->setEnabled(chosen && state && state->text().isEmpty());
}

void FormsView::publishSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size())
        return;
    const auto [formId, version] = m_rows.at(row);
    auto outcome = FormPublication(m_ws.database(), m_ws.oplog(), m_ws.forms(), m_ws.role())
                       .publish(formId, version);
    if (!outcome) {
        m_message->setText(outcome.error().message());
        return;
    }
    m_message->setText(tr("Form %1 version %2 is published: it reaches every member of the "
                          "project with your next bundles or sync. Records already started keep "
                          "their version.")
                           .arg(formId, version));
    refresh();
    emit published(formId, version);
}

void FormsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FormsView::retranslate()
{
    m_intro->setText(tr("Publish a form version to send it to every member of the project with "
                        "your next bundles or sync. Their new records use the latest version; "
                        "records already started keep theirs. A published version never "
                        "changes: publish changes under a new version."));
    m_table->setHorizontalHeaderLabels({tr("Form"), tr("Form id"), tr("Version"), tr("Project")});
    m_table->setAccessibleName(tr("Form versions"));
    m_publish->setText(tr("&Publish to the project"));
    m_publish->setAccessibleName(tr("Publish the selected form version to the project"));
    m_import->setText(tr("&Import XLSForm…"));
    m_import->setAccessibleName(tr("Import a form from an XLSForm workbook or a form file"));
    if (m_table->rowCount() > 0)
        refresh();
}

} // namespace vigia
