#include "ui/monitoring/DashboardPage.h"

#include "monitoring/CountryReport.h"
#include "monitoring/NpaMatrix.h"
#include "store/IndicatorCatalog.h"
#include "store/ReviewStore.h"
#include "store/TargetStore.h"
#include "store/Workspace.h"
#include "ui/monitoring/ProgressChart.h"
#include "ui/monitoring/RegionChart.h"
#include "ui/monitoring/TargetDialog.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QSvgGenerator>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace vigia {

namespace {
QTableView *tableFor(QStandardItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

constexpr int kNpaTab = 1;
constexpr int kRegionTab = 2;

QChartView *chartView(const QString &name, QWidget *parent)
{
    auto *view = new QChartView(new QChart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(240, 160);
    return view;
}

QSplitter *beside(QWidget *chart, QWidget *table, QWidget *parent)
{
    auto *split = new QSplitter(Qt::Horizontal, parent);
    split->addWidget(chart);
    split->addWidget(table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    return split;
}
} // namespace

DashboardPage::DashboardPage(Workspace &ws, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
{
    m_chooseFile = [this](const QString &filter) {
        return QFileDialog::getSaveFileName(this, tr("Save as"), QString(), filter);
    };
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("dashboardTitle"));
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dashboardMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("dashboardCountry"));
    m_indicator = new QComboBox(this);
    m_indicator->setObjectName(QStringLiteral("dashboardIndicator"));
    for (const QString &indicator : IndicatorCatalog::builtin().indicators())
        m_indicator->addItem(indicator, indicator);
    m_breakdown = new QComboBox(this);
    m_breakdown->setObjectName(QStringLiteral("dashboardBreakdown"));
    m_fromYear = new QSpinBox(this);
    m_fromYear->setObjectName(QStringLiteral("dashboardFromYear"));
    m_toYear = new QSpinBox(this);
    m_toYear->setObjectName(QStringLiteral("dashboardToYear"));
    for (QSpinBox *box : {m_fromYear, m_toYear}) {
        box->setRange(1990, 2100);
        box->setGroupSeparatorShown(false);
    }
    m_fromYear->setValue(QDate::currentDate().year() - 10);
    m_toYear->setValue(QDate::currentDate().year());
    m_countryLabel = new QLabel(this);
    m_countryLabel->setBuddy(m_country);
    m_indicatorLabel = new QLabel(this);
    m_indicatorLabel->setBuddy(m_indicator);
    m_breakdownLabel = new QLabel(this);
    m_breakdownLabel->setBuddy(m_breakdown);
    m_yearsLabel = new QLabel(this);
    m_yearsLabel->setBuddy(m_fromYear);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("dashboardExport"));
    m_report = new QPushButton(this);
    m_report->setObjectName(QStringLiteral("dashboardReport"));

    // Two short rows: the page fits a 1024×600 screen in every language.
    for (QComboBox *box : {m_country, m_indicator, m_breakdown}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(box == m_country ? 4 : 14);
    }
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_countryLabel);
    filters->addWidget(m_country);
    filters->addWidget(m_indicatorLabel);
    filters->addWidget(m_indicator, 1);
    filters->addWidget(m_breakdownLabel);
    filters->addWidget(m_breakdown, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_yearsLabel);
    actions->addWidget(m_fromYear);
    actions->addWidget(m_toYear);
    actions->addStretch(1);
    actions->addWidget(m_export);
    actions->addWidget(m_report);

    m_progressTable = new QStandardItemModel(this);
    m_regionTable = new QStandardItemModel(this);
    m_npaTable = new QStandardItemModel(this);
    m_progressView = chartView(QStringLiteral("dashboardProgressChart"), this);
    m_regionView = chartView(QStringLiteral("dashboardRegionChart"), this);
    m_progressTableView = tableFor(m_progressTable, QStringLiteral("dashboardProgressTable"), this);
    m_regionTableView = tableFor(m_regionTable, QStringLiteral("dashboardRegionTable"), this);
    m_npaView = tableFor(m_npaTable, QStringLiteral("dashboardNpaTable"), this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setWordWrap(true);
    m_npaTitle = new QLabel(this);
    m_regionNote = new QLabel(this);
    m_regionNote->setWordWrap(true);

    auto *countryTab = new QWidget(this);
    auto *countryLayout = new QVBoxLayout(countryTab);
    countryLayout->addWidget(m_summary);
    countryLayout->addWidget(beside(m_progressView, m_progressTableView, countryTab), 1);
    auto *npaTab = new QWidget(this);
    auto *npaLayout = new QVBoxLayout(npaTab);
    npaLayout->addWidget(m_npaTitle);
    npaLayout->addWidget(m_npaView, 1);
    auto *regionTab = new QWidget(this);
    auto *regionLayout = new QVBoxLayout(regionTab);
    regionLayout->addWidget(m_regionNote);
    regionLayout->addWidget(beside(m_regionView, m_regionTableView, regionTab), 1);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_tabs->addTab(countryTab, QString());
    m_tabs->addTab(npaTab, QString());
    m_tabs->addTab(regionTab, QString());
    // The NPA matrix is a table only: nothing to export as an image.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        m_export->setEnabled(tab != kNpaTab);
        if (tab == kRegionTab)
            refreshRegion();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_tabs, 1);

    connect(m_country, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        loadCountry();
        refresh();
    });
    connect(m_indicator, &QComboBox::currentIndexChanged, this, [this] {
        fillBreakdowns();
        refresh();
    });
    connect(m_breakdown, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    for (QSpinBox *box : {m_fromYear, m_toYear}) {
        connect(box, &QSpinBox::valueChanged, this, [this] {
            if (!m_filling)
                m_yearsChosen = true;
            refresh();
        });
    }
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = m_chooseFile(tr("PNG image (*.png);;SVG image (*.svg)"));
        if (!path.isEmpty())
            exportChart(path);
    });
    connect(m_report, &QPushButton::clicked, this, [this] {
        const QString path = m_chooseFile(tr("PDF document (*.pdf)"));
        if (!path.isEmpty())
            writeCountryReport(path);
    });
    fillBreakdowns();
    retranslate();
}

QChart *DashboardPage::progressChart() const
{
    return m_progressView->chart();
}

QChart *DashboardPage::regionChart() const
{
    return m_regionView->chart();
}

QString DashboardPage::summaryText() const
{
    return m_summary->text();
}

QString DashboardPage::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void DashboardPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void DashboardPage::reload()
{
    TargetStore targets(m_ws.database(), m_ws.oplog(), m_ws.role());
    ReviewStore reviews(m_ws.database(), m_ws.oplog(), m_ws.role());
    m_regionStale = true;
    m_region = {};
    auto countries = DashboardData::countries(targets, reviews);
    if (!countries) {
        m_countries.clear();
        showMessage(countries.error().message());
    } else {
        m_countries = countries.take();
        showMessage(m_countries.isEmpty()
                        ? tr("Nothing to show yet: no indicator reports, targets or NPA "
                             "assessments. Finalized reports appear here once received.")
                        : QString());
    }
    fillFilters();
    loadCountry();
    refresh();
}

void DashboardPage::loadCountry()
{
    const QString country = m_country->currentData().toString();
    m_data = {};
    if (country.isEmpty())
        return;
    TargetStore targets(m_ws.database(), m_ws.oplog(), m_ws.role());
    ReviewStore reviews(m_ws.database(), m_ws.oplog(), m_ws.role());
    auto data = DashboardData::load(targets, reviews, country);
    if (!data) {
        showMessage(data.error().message());
        return;
    }
    m_data = data.take();
    const QList<int> years = m_data.years();
    // The years of the data, until the person picks others.
    if (!years.isEmpty() && !m_yearsChosen) {
        const bool filling = m_filling;
        m_filling = true;
        m_fromYear->setValue(years.first());
        m_toYear->setValue(years.last());
        m_filling = filling;
    }
}

void DashboardPage::refreshRegion()
{
    if (m_tabs->currentIndex() != kRegionTab)
        return;
    const QString indicator = m_indicator->currentData().toString();
    if (m_regionStale || indicator != m_regionIndicator) {
        TargetStore targets(m_ws.database(), m_ws.oplog(), m_ws.role());
        ReviewStore reviews(m_ws.database(), m_ws.oplog(), m_ws.role());
        auto data = DashboardData::loadRegion(targets, reviews, indicator);
        if (!data) {
            showMessage(data.error().message());
            return;
        }
        m_region = data.take();
        m_regionIndicator = indicator;
        m_regionStale = false;
    }
    const QString breakdown = m_breakdown->currentData().toString();
    const int to = std::max(m_fromYear->value(), m_toYear->value());
    m_regionNote->setText(
        RegionChart().build(m_region, indicator, breakdown, to, regionChart(), m_regionTable));
    m_regionNote->setVisible(!m_regionNote->text().isEmpty());
}

void DashboardPage::fillFilters()
{
    m_filling = true;
    const QString country = m_country->currentData().toString();
    m_country->clear();
    for (const QString &c : std::as_const(m_countries))
        m_country->addItem(c, c);
    m_country->setCurrentIndex(std::max(0, m_country->findData(country)));
    m_filling = false;
}

void DashboardPage::fillBreakdowns()
{
    const bool filling = m_filling;
    m_filling = true;
    const QString previous = m_breakdown->currentData().toString();
    TargetDialog::fillBreakdowns(m_breakdown, m_indicator->currentData().toString());
    m_breakdown->setCurrentIndex(std::max(0, m_breakdown->findData(previous)));
    m_filling = filling;
}

void DashboardPage::refresh()
{
    if (m_filling)
        return;
    const QString country = m_country->currentData().toString();
    const QString indicator = m_indicator->currentData().toString();
    const QString breakdown = m_breakdown->currentData().toString();
    const int from = std::min(m_fromYear->value(), m_toYear->value());
    const int to = std::max(m_fromYear->value(), m_toYear->value());
    const DashboardData::StatusCounts c = m_data.statusCounts(country);
    const QLocale locale;
    m_summary->setText(tr("Targets of %1: %2 on track, %3 at risk, %4 off track, %5 no data")
                           .arg(country.isEmpty() ? tr("no country") : country,
                                locale.toString(c.onTrack), locale.toString(c.atRisk),
                                locale.toString(c.offTrack), locale.toString(c.noData)));
    ProgressChart().build(m_data, country, indicator, breakdown, from, to, progressChart(),
                          m_progressTable);
    refreshRegion();
    fillNpa(country);
    m_report->setEnabled(!country.isEmpty());
}

void DashboardPage::fillNpa(const QString &country)
{
    const NpaMatrix &npa = m_data.npa();
    const QList<int> years = npa.years(country);
    m_npaTable->clear();
    QStringList headers{tr("NPA item")};
    for (int year : years)
        headers.append(QString::number(year));
    m_npaTable->setHorizontalHeaderLabels(headers);
    const QString language = QLocale().name();
    for (const QString &item : NpaMatrix::items()) {
        QList<QStandardItem *> row{new QStandardItem(NpaMatrix::itemLabel(item, language))};
        for (int year : years) {
            const NpaStatus s = npa.status(country, item, year);
            auto *cell = new QStandardItem(NpaStatusText::label(s));
            cell->setData(int(s), Qt::UserRole + 1);
            row.append(cell);
        }
        m_npaTable->appendRow(row);
    }
}

bool DashboardPage::exportChart(const QString &path)
{
    QChartView *view = m_tabs->currentIndex() == kRegionTab ? m_regionView : m_progressView;
    const QSize size = view->size().expandedTo(QSize(640, 480));
    bool ok = false;
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(view->chart()->title());
        QPainter painter;
        ok = painter.begin(&svg);
        if (ok) {
            view->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
            ok = painter.end();
        }
    } else {
        QPixmap image(size);
        image.fill(Qt::white);
        QPainter painter(&image);
        view->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
        painter.end();
        ok = image.save(path, "PNG");
    }
    showMessage(ok ? QString() : tr("The chart could not be written to %1.").arg(path));
    return ok;
}

bool DashboardPage::writeCountryReport(const QString &path)
{
    const QString country = m_country->currentData().toString();
    if (country.isEmpty())
        return false;
    const Status written = CountryReport::write(m_ws, country, m_toYear->value(),
                                                CountryReport::currentLanguage(), path);
    showMessage(written ? QString() : written.error().message());
    return written.ok();
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillBreakdowns();
        refresh(); // legends, tables and numbers follow the interface language
    }
    QWidget::changeEvent(event);
}

void DashboardPage::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

void DashboardPage::retranslate()
{
    m_title->setText(tr("Dashboard"));
    m_countryLabel->setText(tr("&Country:"));
    m_indicatorLabel->setText(tr("&Indicator:"));
    m_breakdownLabel->setText(tr("&Breakdown:"));
    m_yearsLabel->setText(tr("&Years:"));
    m_fromYear->setAccessibleName(tr("First year"));
    m_toYear->setAccessibleName(tr("Last year"));
    m_export->setText(tr("Export char&t…"));
    m_report->setText(tr("Country &report (PDF)…"));
    m_tabs->setTabText(0, tr("C&ountry"));
    m_tabs->setTabText(kNpaTab, tr("&NPA matrix"));
    m_tabs->setTabText(kRegionTab, tr("Re&gion"));
    m_npaTitle->setText(tr("National plan of action: assessment by year"));
    m_progressView->setAccessibleName(tr("Progress chart"));
    m_progressTableView->setAccessibleName(tr("Progress chart as a table"));
    m_regionView->setAccessibleName(tr("Countries compared"));
    m_regionTableView->setAccessibleName(tr("Countries compared, as a table"));
    m_npaView->setAccessibleName(tr("NPA status matrix"));
}

} // namespace vigia
