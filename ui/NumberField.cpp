#include "NumberField.h"

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
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return {};
    bool ok = false;
    if (m_integer) {
        const qlonglong n = m_locale.toLongLong(text, &ok);
        if (ok)
            return QString::number(n);
    } else {
        const double d = m_locale.toDouble(text, &ok);
        if (ok)
            return QString::number(d, 'g', 15);
    }
    // Half-typed ("-", "3,"): the engine reports it as not a number.
    return text;
}

void NumberField::setValue(const QString &value)
{
    if (this->value() == value)
        return;
    m_loading = true;
    bool ok = false;
    const double d = value.toDouble(&ok);
    if (!ok)
        m_edit->setText(value);
    else if (m_integer)
        m_edit->setText(m_locale.toString(value.toLongLong()));
    else
        m_edit->setText(m_locale.toString(d, 'g', 15));
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
