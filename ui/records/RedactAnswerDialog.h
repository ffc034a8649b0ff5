#pragma once

#include "ui/records/RecordDocument.h"

#include <QDialog>
#include <QList>
#include <QString>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace vigia {

class ErrorLabel;

// "Remove an answer everywhere": for a child's name typed by mistake. The
// person picks a text answer, edits it into what it should say, and
// confirms; the record's view then removes the old text from every version
// of it (RecordDocument::redact). Says plainly that it cannot be undone and
// that other devices lose it with the next bundle or sync.
class RedactAnswerDialog : public QDialog
{
    Q_OBJECT

public:
    using Answer = RecordDocument::TextAnswer;

    RedactAnswerDialog(const QList<Answer> &answers, QWidget *parent = nullptr);

    [[nodiscard]] QString field() const;
    [[nodiscard]] QString replacement() const;
    // Shown under the fields when the removal failed; the dialog stays open.
    void showError(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void answerChosen(int index);

    QList<Answer> m_answers;
    QLabel *m_intro = nullptr;
    QLabel *m_answerLabel = nullptr;
    QComboBox *m_answer = nullptr;
    QLabel *m_textLabel = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_warning = nullptr;
    ErrorLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace vigia
