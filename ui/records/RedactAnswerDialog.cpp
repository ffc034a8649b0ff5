#include "ui/records/RedactAnswerDialog.h"

#include "ui/common/ErrorLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigia {

RedactAnswerDialog::RedactAnswerDialog(const QList<Answer> &answers, QWidget *parent)
    : QDialog(parent)
    , m_answers(answers)
{
    setObjectName(QStringLiteral("redactAnswerDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_answerLabel = new QLabel(this);
    m_answer = new QComboBox(this);
    m_answer->setObjectName(QStringLiteral("redactField"));
    for (const Answer &a : m_answers)
        m_answer->addItem(a.label.isEmpty() ? a.field : a.label, a.field);
    m_answerLabel->setBuddy(m_answer);
    m_textLabel = new QLabel(this);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("redactText"));
    m_textLabel->setBuddy(m_text);
    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    m_error = new ErrorLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("redactConfirm"));
    // Removing is not the default: Enter in the text must not confirm it.
    m_buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_answer, &QComboBox::currentIndexChanged, this, &RedactAnswerDialog::answerChosen);

    auto *form = new QFormLayout;
    form->addRow(m_answerLabel, m_answer);
    form->addRow(m_textLabel, m_text);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    answerChosen(0);
    retranslate();
}

QString RedactAnswerDialog::field() const
{
    return m_answer->currentData().toString();
}

QString RedactAnswerDialog::replacement() const
{
    return m_text->toPlainText();
}

void RedactAnswerDialog::showError(const QString &message)
{
    m_error->showMessage(message);
}

void RedactAnswerDialog::answerChosen(int index)
{
    if (index >= 0 && index < m_answers.size())
        m_text->setPlainText(m_answers.at(index).text);
    m_error->clearMessage();
}

void RedactAnswerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RedactAnswerDialog::retranslate()
{
    setWindowTitle(tr("Remove an answer everywhere"));
    m_intro->setText(tr("Use this when an answer holds what it must not, such as a child's "
                        "name typed by mistake. Edit the answer into what it should say: every "
                        "earlier version of it is removed from this device now, and from every "
                        "other device when the removal reaches it with the next bundle or "
                        "sync."));
    m_answerLabel->setText(tr("&Answer:"));
    m_textLabel->setText(tr("&New text:"));
    m_warning->setText(tr("This cannot be undone. Only the researcher who created the record, "
                          "or a coordinator, may do it."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Remove everywhere"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace vigia
