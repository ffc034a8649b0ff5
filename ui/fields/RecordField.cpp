#include "ui/fields/RecordField.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace vigia {

RecordField::RecordField(const FormRow &row, QString path, QWidget *parent)
    : QWidget(parent)
    , m_row(row)
    , m_path(std::move(path))
{
    setObjectName(QStringLiteral("field_") + m_path);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 4, 0, 4);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    m_layout->addWidget(m_label);
    m_layout->addWidget(m_hint);
    m_layout->addWidget(m_message);
}

void RecordField::setChoices(const QList<FormSession::Choice> &choices)
{
    Q_UNUSED(choices);
}

void RecordField::setEditable(bool editable)
{
    if (QWidget *input = focusTarget())
        input->setEnabled(editable);
}

void RecordField::setInput(QWidget *input)
{
    m_input = input;
    m_layout->insertWidget(2, input);
    m_label->setBuddy(input);
    input->installEventFilter(this);
    for (QWidget *child : input->findChildren<QWidget *>())
        child->installEventFilter(this);
}

void RecordField::showTexts(const QString &language, const QString &defaultLanguage)
{
    m_labelText = m_row.label().text(language, defaultLanguage);
    if (m_labelText.isEmpty())
        m_labelText = m_row.name();
    const QString hint = m_row.hint().text(language, defaultLanguage);
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    updateLabel();
}

void RecordField::setRequired(bool required)
{
    m_required = required;
    updateLabel();
}

void RecordField::setAccessibleContext(const QString &context)
{
    m_context = context;
    updateLabel();
}

void RecordField::updateLabel()
{
    m_label->setText(m_required ? tr("%1 *", "required field marker").arg(m_labelText)
                                : m_labelText);
    // The input as a whole carries the question: for radio buttons, the
    // box around them; each button keeps its choice as its own name.
    if (m_input) {
        const QString name =
            m_context.isEmpty()
                ? m_labelText
                : tr("%1 (%2)", "field label (repeat instance)").arg(m_labelText, m_context);
        m_input->setAccessibleName(name);
        m_input->setAccessibleDescription(m_required ? tr("Required") : QString());
        accessibleNameChanged(name);
    }
}

void RecordField::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString RecordField::message() const
{
    return m_message->text();
}

void RecordField::emitEdited()
{
    if (!m_loading)
        emit edited(m_path, value());
}

bool RecordField::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        if (undo || redo) {
            // Taking the override keeps the input from undoing on its own;
            // the key press then reaches us and goes to the record's history.
            event->accept();
            if (event->type() == QEvent::KeyPress)
                emit(undo ? undoRequested() : redoRequested());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace vigia
