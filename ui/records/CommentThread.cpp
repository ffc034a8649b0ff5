#include "ui/records/CommentThread.h"

#include "project/DeviceNames.h"
#include "store/CommentStore.h"
#include "store/Workspace.h"
#include "ui/common/DateText.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigia {

CommentThread::CommentThread(Workspace &ws, const QUuid &record, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_record(record)
{
    setObjectName(QStringLiteral("commentThread"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("commentList"));
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_fieldLabel = new QLabel(this);
    m_field = new QComboBox(this);
    m_field->setObjectName(QStringLiteral("commentField"));
    // Field labels are questions, some of a line or more: the list elides
    // them rather than widening the editor past a netbook.
    m_field->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_field->setMinimumContentsLength(kFieldChars);
    m_fieldLabel->setBuddy(m_field);
    m_box = new QPlainTextEdit(this);
    m_box->setObjectName(QStringLiteral("commentBox"));
    m_box->setTabChangesFocus(true);
    m_box->setMaximumHeight(m_box->fontMetrics().lineSpacing() * 5);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addComment"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("commentError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_fieldLabel);
    row->addWidget(m_field, 1);
    layout->addLayout(row);
    layout->addWidget(m_box);
    layout->addWidget(m_error);
    layout->addWidget(m_add, 0, Qt::AlignRight);
    connect(m_add, &QPushButton::clicked, this, [this] { (void)addComment(); });
    retranslate();
    reload();
}

void CommentThread::setFields(const QList<QPair<QString, QString>> &fields)
{
    m_fields = fields;
    retranslate();
    reload();
}

QString CommentThread::fieldLabel(const QString &field) const
{
    for (const auto &[name, label] : m_fields) {
        if (name == field)
            return label.isEmpty() ? name : label;
    }
    return field;
}

void CommentThread::reload()
{
    CommentStore store(m_ws.database(), m_ws.oplog(), m_ws.role());
    store.setDeviceNames(DeviceNames::of(m_ws));
    auto thread = store.list(m_record);
    m_list->clear();
    if (!thread) {
        m_comments.clear();
        m_list->addItem(thread.error().message());
        return;
    }
    m_comments = thread.value();
    for (const Comment &c : std::as_const(m_comments)) {
        const QString when = DateText::dateTime(c.time().toLocalTime());
        const QString head =
            c.field.isEmpty() ? tr("%1 · %2").arg(c.authorName, when)
                              : tr("%1 · %2 · on %3").arg(c.authorName, when, fieldLabel(c.field));
        auto *item = new QListWidgetItem(head + QLatin1Char('\n') + c.text, m_list);
        item->setData(Qt::UserRole, c.id);
    }
    if (m_comments.isEmpty())
        m_list->addItem(tr("No comments yet."));
    m_list->scrollToBottom(); // the newest last, in view
}

bool CommentThread::addComment()
{
    CommentStore store(m_ws.database(), m_ws.oplog(), m_ws.role());
    auto added = store.add(m_record, m_field->currentData().toString(), m_box->toPlainText());
    if (!added) {
        m_error->setText(added.error().message());
        m_error->show();
        return false;
    }
    m_error->hide();
    m_box->clear();
    reload();
    emit commentAdded();
    return true;
}

void CommentThread::retranslate()
{
    m_title->setText(tr("Comments"));
    m_fieldLabel->setText(tr("Comment o&n:"));
    m_box->setAccessibleName(tr("New comment"));
    m_list->setAccessibleName(tr("Comments on this record"));
    m_box->setPlaceholderText(tr("Write a comment for the record's author and the "
                                 "coordinators"));
    m_add->setText(tr("Add co&mment"));
    const QString chosen = m_field->currentData().toString();
    m_field->clear();
    m_field->addItem(tr("The whole record"), QString());
    for (const auto &[name, label] : std::as_const(m_fields))
        m_field->addItem(label.isEmpty() ? name : label, name);
    m_field->setCurrentIndex(qMax(0, m_field->findData(chosen)));
}

void CommentThread::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

} // namespace vigia
