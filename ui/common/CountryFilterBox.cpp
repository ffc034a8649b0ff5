#include "ui/common/CountryFilterBox.h"

#include "reference/ReferenceData.h"

#include <QEvent>
#include <QLocale>
#include <QSignalBlocker>

namespace vigia {

namespace {
// Country names must not decide the width of the filter bar.
constexpr int kMinChars = 12;
} // namespace

CountryFilterBox::CountryFilterBox(QWidget *parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(kMinChars);
    fill();
}

QString CountryFilterBox::country() const
{
    return currentData().toString();
}

void CountryFilterBox::setCountry(const QString &code)
{
    setCurrentIndex(qMax(0, findData(code)));
}

void CountryFilterBox::fill()
{
    const QString chosen = country();
    const QSignalBlocker block(this);
    clear();
    addItem(tr("All countries"), QString());
    static const auto reference = ReferenceData::loadFromResources();
    const QString language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    if (reference) {
        for (const Country &c : reference.value().countries())
            addItem(c.name(language), c.code);
    }
    setCurrentIndex(qMax(0, findData(chosen)));
}

void CountryFilterBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QComboBox::changeEvent(event);
}

} // namespace vigia
