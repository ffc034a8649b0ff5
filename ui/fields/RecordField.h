#pragma once

#include "forms/FormRow.h"
#include "forms/FormSession.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace vigia {

// One answer of a record in the editor: the question's label (with a
// required marker), its hint, the input a subclass provides, and an inline
// message for what is wrong with the answer. Values are the form engine's
// text (ISO dates, '.' decimals, choice names); subclasses show them the way
// people read them.
class RecordField : public QWidget
{
    Q_OBJECT

public:
    RecordField(const FormRow &row, QString path, QWidget *parent = nullptr);

    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] const FormRow &row() const { return m_row; }
    // The question as shown, in the form's language.
    [[nodiscard]] const QString &labelText() const { return m_labelText; }

    [[nodiscard]] virtual QString value() const = 0;
    // Shows `value` without emitting edited(): loading, undo and redo.
    virtual void setValue(const QString &value) = 0;
    // For selects: the choices the form currently offers.
    virtual void setChoices(const QList<FormSession::Choice> &choices);
    // The widget that takes focus when the editor jumps to this field.
    [[nodiscard]] virtual QWidget *focusTarget() const = 0;
    virtual void setEditable(bool editable);

    // Texts in the form's language (`language`, else its default).
    void showTexts(const QString &language, const QString &defaultLanguage);
    void setRequired(bool required);
    // Where the field is, for screen readers: inside a repeat card the same
    // question appears once per instance ("Household member 2").
    void setAccessibleContext(const QString &context);
    [[nodiscard]] bool isRequiredShown() const { return m_required; }
    void setMessage(const QString &message);
    [[nodiscard]] QString message() const;

signals:
    void edited(const QString &path, const QString &value);
    void undoRequested();
    void redoRequested();

protected:
    // Adds the input below the label; undo and redo keys typed in it go to
    // the editor's history rather than the input's own.
    void setInput(QWidget *input);
    void emitEdited();
    bool eventFilter(QObject *watched, QEvent *event) override;
    // The input's accessible name changed: inputs made of several controls
    // name each of them after the question.
    virtual void accessibleNameChanged(const QString &name) { Q_UNUSED(name); }
    // True while setValue() runs, so subclasses do not report it as an edit.
    bool m_loading = false;
    QString m_labelText;

private:
    void updateLabel();

    FormRow m_row;
    QString m_path;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_label = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_input = nullptr;
    bool m_required = false;
    QString m_context;
};

} // namespace vigia
