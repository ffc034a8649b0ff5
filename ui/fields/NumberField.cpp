#include "ui/fields/NumberField.h"

#include "records/RecordDraft.h"

#include <QDoubleValidator>
#include <QIntValidator>
#include <QLineEdit>

namespace vigia {

NumberField::NumberField(const FormRow &row, const QString &path, QWidget *parent)
    : RecordField(row, path, parent)
    , m_edit(new QLineEdit(this))
    , m_integer(row.type().kind() == FormType::Kind::Integer)
{
    m_locale.setNumberOptions(QLocale::OmitGroupSeparator | QLocale::RejectGroupSeparator);
    if (m_integer) {
        auto *validator = new QIntValidator(m_edit);
        validator->setLocale(m_locale);
        m_edit->setValidator(validator);
    } else {
        auto *validator = new QDoubleValidator(m_edit);
        validator->setNotation(QDoubleValidator::StandardNotation);
        validator->setLocale(m_locale);
        m_edit->setValidator(validator);
    }
    m_edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setInput(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, [this] { emitEdited(); });
}

QString NumberField::value() const
{
    // What was typed, spelled as the record stores it (RecordDraft, which
    // respells it the same way): "1,50" reads 1.5, "007" reads 7, and what is
    // half-typed ("-", "3,") stays, for the engine to call it not a number.
    return RecordDraft::canonical(row(), m_edit->text(), m_locale);
}

void NumberField::setValue(const QString &value)
{
    if (this->value() == RecordDraft::canonical(row(), value, m_locale))
        return;
    m_loading = true;
    // Answers are stored with '.'; shown with the interface's separator.
    bool ok = false;
    if (m_integer) {
        const qlonglong n = value.toLongLong(&ok);
        m_edit->setText(ok ? m_locale.toString(n) : value);
    } else {
        const double d = value.toDouble(&ok);
        m_edit->setText(ok ? m_locale.toString(d, 'f', QLocale::FloatingPointShortest) : value);
    }
    m_loading = false;
}

QWidget *NumberField::focusTarget() const
{
    return m_edit;
}

void NumberField::setEditable(bool editable)
{
    m_edit->setReadOnly(!editable);
}

} // namespace vigia
