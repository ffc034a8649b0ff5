#include "ui/monitoring/TargetDialog.h"

#include "reference/ReferenceData.h"
#include "store/IndicatorCatalog.h"
#include "store/TargetStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace vigia {

namespace {
const QString kCurrency = QStringLiteral("currency");

QDoubleSpinBox *numberBox(QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, 1e12);
    box->setDecimals(2);
    return box;
}
} // namespace

TargetDialog::TargetDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Target"));
    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("targetCountry"));
    static const auto reference = ReferenceData::loadFromResources();
    const QString language = QLocale().name();
    if (reference) {
        for (const Country &c : reference.value().countries())
            m_country->addItem(QStringLiteral("%1 (%2)").arg(c.name(language), c.code), c.code);
    }
    m_indicator = new QComboBox(this);
    m_indicator->setObjectName(QStringLiteral("targetIndicator"));
    for (const QString &indicator : IndicatorCatalog::builtin().indicators())
        m_indicator->addItem(indicator, indicator);
    m_breakdown = new QComboBox(this);
    m_breakdown->setObjectName(QStringLiteral("targetBreakdown"));
    m_unit = new QLabel(this);
    m_currency = new QLineEdit(this);
    m_currency->setObjectName(QStringLiteral("targetCurrency"));
    m_currency->setMaxLength(3);
    m_currency->setPlaceholderText(QStringLiteral("USD"));
    m_baselineValue = numberBox(this);
    m_baselineValue->setObjectName(QStringLiteral("targetBaselineValue"));
    m_baselineYear = new QSpinBox(this);
    m_baselineYear->setObjectName(QStringLiteral("targetBaselineYear"));
    m_baselineYear->setRange(1990, 2100);
    m_baselineYear->setValue(QDate::currentDate().year() - 1);
    m_targetValue = numberBox(this);
    m_targetValue->setObjectName(QStringLiteral("targetValue"));
    m_targetDate = new QDateEdit(QDate(QDate::currentDate().year() + 3, 12, 31), this);
    m_targetDate->setObjectName(QStringLiteral("targetDate"));
    m_targetDate->setCalendarPopup(true);
    m_targetDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));

    m_milestones = new QTableWidget(0, 2, this);
    m_milestones->setObjectName(QStringLiteral("targetMilestones"));
    m_milestones->setHorizontalHeaderLabels({tr("Date (YYYY-MM-DD)"), tr("Value")});
    m_milestones->horizontalHeader()->setStretchLastSection(true);
    m_milestones->verticalHeader()->hide();
    m_milestones->setAccessibleName(tr("Milestones"));
    m_addMilestone = new QPushButton(tr("Add &milestone"), this);
    m_removeMilestone = new QPushButton(tr("&Remove milestone"), this);
    connect(m_addMilestone, &QPushButton::clicked, this, [this] {
        addMilestone(QDate(m_baselineYear->value() + 1, 12, 31), m_baselineValue->value());
    });
    connect(m_removeMilestone, &QPushButton::clicked, this, [this] {
        const int row = m_milestones->currentRow();
        if (row >= 0)
            m_milestones->removeRow(row);
    });

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("targetError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("&Indicator:"), m_indicator);
    form->addRow(tr("&Breakdown:"), m_breakdown);
    auto *unitRow = new QHBoxLayout;
    unitRow->addWidget(m_unit);
    unitRow->addWidget(m_currency);
    form->addRow(tr("Unit:"), unitRow);
    form->addRow(tr("Baseline &value:"), m_baselineValue);
    form->addRow(tr("Baseline &year:"), m_baselineYear);
    form->addRow(tr("&Target value:"), m_targetValue);
    form->addRow(tr("Target &date:"), m_targetDate);
    auto *milestoneButtons = new QHBoxLayout;
    milestoneButtons->addWidget(m_addMilestone);
    milestoneButtons->addWidget(m_removeMilestone);
    milestoneButtons->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TargetDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TargetDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Milestones:"), this));
    layout->addWidget(m_milestones, 1);
    layout->addLayout(milestoneButtons);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_indicator, &QComboBox::currentIndexChanged, this, [this] {
        fillBreakdowns(m_breakdown, m_indicator->currentData().toString());
        updateUnit();
    });
    fillBreakdowns(m_breakdown, m_indicator->currentData().toString());
    updateUnit();
}

void TargetDialog::fillBreakdowns(QComboBox *box, const QString &indicator)
{
    box->clear();
    box->addItem(tr("total"), QString());
    const IndicatorCatalog &catalog = IndicatorCatalog::builtin();
    for (const QString &dimension : catalog.dimensions(indicator))
        for (const QString &category : catalog.categories(dimension)) {
            const QString key = dimension + QLatin1Char('=') + category;
            box->addItem(key, key);
        }
}

void TargetDialog::updateUnit()
{
    const QString kind =
        IndicatorCatalog::builtin().unitKind(m_indicator->currentData().toString());
    const bool currency = kind == kCurrency;
    m_unit->setText(currency ? tr("currency (ISO 4217 code):") : kind);
    m_currency->setVisible(currency);
}

void TargetDialog::addMilestone(const QDate &date, double value)
{
    const int row = m_milestones->rowCount();
    m_milestones->insertRow(row);
    m_milestones->setItem(row, 0, new QTableWidgetItem(date.toString(Qt::ISODate)));
    m_milestones->setItem(row, 1, new QTableWidgetItem(QLocale().toString(value, 'g', 12)));
}

void TargetDialog::setTarget(const Target &target)
{
    const int country = m_country->findData(target.country);
    if (country < 0)
        m_country->addItem(target.country, target.country);
    m_country->setCurrentIndex(m_country->findData(target.country));
    m_indicator->setCurrentIndex(m_indicator->findData(target.indicator));
    m_breakdown->setCurrentIndex(std::max(0, m_breakdown->findData(target.disaggregation)));
    if (IndicatorCatalog::builtin().unitKind(target.indicator) == kCurrency)
        m_currency->setText(target.unit);
    m_baselineValue->setValue(target.baselineValue);
    m_baselineYear->setValue(target.baselineYear);
    m_targetValue->setValue(target.targetValue);
    m_targetDate->setDate(target.targetDate);
    m_milestones->setRowCount(0);
    for (const Milestone &m : target.milestones)
        addMilestone(m.date, m.value);
    // The identity of a target: another breakdown is another target.
    m_country->setEnabled(false);
    m_indicator->setEnabled(false);
    m_breakdown->setEnabled(false);
}

Target TargetDialog::target() const
{
    Target t;
    t.country = m_country->currentData().toString();
    t.indicator = m_indicator->currentData().toString();
    t.disaggregation = m_breakdown->currentData().toString();
    const QString kind = IndicatorCatalog::builtin().unitKind(t.indicator);
    t.unit = kind == kCurrency ? m_currency->text().trimmed().toUpper() : kind;
    t.baselineValue = m_baselineValue->value();
    t.baselineYear = m_baselineYear->value();
    t.targetValue = m_targetValue->value();
    t.targetDate = m_targetDate->date();
    for (int row = 0; row < m_milestones->rowCount(); ++row) {
        const QTableWidgetItem *date = m_milestones->item(row, 0);
        const QTableWidgetItem *value = m_milestones->item(row, 1);
        Milestone m;
        m.date = QDate::fromString(date ? date->text().trimmed() : QString(), Qt::ISODate);
        bool ok = false;
        m.value = value ? QLocale().toDouble(value->text().trimmed(), &ok) : 0;
        if (!ok && value)
            m.value = value->text().trimmed().toDouble(&ok);
        if (!ok)
            m.date = QDate(); // an unreadable value is refused below, as a bad date
        t.milestones.append(m);
    }
    std::sort(t.milestones.begin(), t.milestones.end(),
              [](const Milestone &a, const Milestone &b) { return a.date < b.date; });
    t.id = TargetStore::idFor(t.country, t.indicator, t.disaggregation);
    return t;
}

QString TargetDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void TargetDialog::accept()
{
    const Target t = target();
    for (const Milestone &m : t.milestones) {
        if (!m.date.isValid()) {
            m_error->setText(tr("Every milestone needs a date written YYYY-MM-DD and a number."));
            m_error->show();
            return;
        }
    }
    const Status valid = TargetStore::validate(t);
    if (!valid.ok()) {
        m_error->setText(valid.error().message());
        m_error->show();
        return;
    }
    m_error->hide();
    QDialog::accept();
}

} // namespace vigia
