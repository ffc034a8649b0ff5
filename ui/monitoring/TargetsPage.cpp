#include "ui/monitoring/TargetsPage.h"

#include "ui/monitoring/TargetsModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace vigia {

TargetsPage::TargetsPage(Workspace &ws, QWidget *parent)
    : QWidget(parent)
{
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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
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

void TargetsPage::retranslate()
{
    m_title->setText(tr("Targets"));
    m_view->setAccessibleName(tr("Targets and their progress"));
    showMessage();
}

void TargetsPage::showMessage()
{
    QString text;
    if (!m_model->errorString().isEmpty())
        text = m_model->errorString();
    else if (m_model->rowCount() == 0)
        text = tr("No targets yet. A coordinator sets them with vigiactl targets set or "
                  "vigiactl targets import.");
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace vigia
