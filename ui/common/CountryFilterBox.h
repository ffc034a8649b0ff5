#pragma once

#include <QComboBox>

namespace vigia {

// "All countries" and every country of the reference data, named in the
// interface language, for the lists that filter by country (inbox,
// conflicts). The chosen code survives a change of language.
class CountryFilterBox : public QComboBox
{
    Q_OBJECT

public:
    explicit CountryFilterBox(QWidget *parent = nullptr);

    // ISO code; empty for every country.
    [[nodiscard]] QString country() const;
    // Chooses `code`, or every country when the reference does not know it.
    void setCountry(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
};

} // namespace vigia
