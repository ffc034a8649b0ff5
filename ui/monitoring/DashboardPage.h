#pragma once

#include "monitoring/DashboardData.h"

#include <QWidget>

#include <functional>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace vigia {

class Workspace;

// The monitoring dashboard (docs/monitoring.md, "Dashboard"): for one
// country the status summary of its targets, one indicator's reported
// values against its milestone path and the NPA matrix; for the region one
// indicator compared across countries; three tabs (progress, NPA matrix,
// region). Filters: the years, and the
// breakdown (sex, age band, … where the indicator has them). Each chart has
// a table beside it with the same numbers, exports as PNG or SVG, and
// follows the interface language. Read again whenever shown.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(Workspace &ws, QWidget *parent = nullptr);

    void reload();

    [[nodiscard]] QComboBox *countryBox() const { return m_country; }
    [[nodiscard]] QComboBox *indicatorBox() const { return m_indicator; }
    [[nodiscard]] QComboBox *breakdownBox() const { return m_breakdown; }
    [[nodiscard]] QSpinBox *fromYearBox() const { return m_fromYear; }
    [[nodiscard]] QSpinBox *toYearBox() const { return m_toYear; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] QChart *progressChart() const;
    [[nodiscard]] QChart *regionChart() const;
    [[nodiscard]] QChartView *progressView() const { return m_progressView; }
    [[nodiscard]] QChartView *regionView() const { return m_regionView; }
    [[nodiscard]] QStandardItemModel *progressTable() const { return m_progressTable; }
    [[nodiscard]] QStandardItemModel *regionTable() const { return m_regionTable; }
    [[nodiscard]] QStandardItemModel *npaTable() const { return m_npaTable; }
    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] const DashboardData &data() const { return m_data; }
    // What the Region tab read (tests).
    [[nodiscard]] const DashboardData &regionData() const { return m_region; }

    // Writes the chart of the current tab to `path`: SVG when it ends in
    // .svg, else PNG. False (and the message says why) when it cannot.
    bool exportChart(const QString &path);

    // Writes the country report (PDF) of the selected country as of the
    // last year of the filter. False (and the message says why) on failure.
    bool writeCountryReport(const QString &path);

    // How the export and report file names are asked for: a file dialog by
    // default; tests answer directly.
    void setFileChooser(std::function<QString(const QString &filter)> choose)
    {
        m_chooseFile = std::move(choose);
    }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void fillFilters();
    void fillBreakdowns();
    void refresh();
    // The chosen country's data, read again (a country change reads only it).
    void loadCountry();
    // The Region tab's data: the chosen indicator's reports in every
    // country, read when the tab is shown (first after a reload, or for
    // another indicator), not on opening.
    void refreshRegion();
    void fillNpa(const QString &country);
    void showMessage(const QString &text);

    Workspace &m_ws;
    QStringList m_countries;
    DashboardData m_data;   // the chosen country's
    DashboardData m_region; // the indicator's reports only
    QString m_regionIndicator;
    bool m_regionStale = true;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_countryLabel = nullptr;
    QLabel *m_indicatorLabel = nullptr;
    QLabel *m_breakdownLabel = nullptr;
    QLabel *m_yearsLabel = nullptr;
    QComboBox *m_country = nullptr;
    QComboBox *m_indicator = nullptr;
    QComboBox *m_breakdown = nullptr;
    QSpinBox *m_fromYear = nullptr;
    QSpinBox *m_toYear = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_report = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_summary = nullptr;
    QChartView *m_progressView = nullptr;
    QTableView *m_progressTableView = nullptr;
    QStandardItemModel *m_progressTable = nullptr;
    QLabel *m_npaTitle = nullptr;
    QTableView *m_npaView = nullptr;
    QStandardItemModel *m_npaTable = nullptr;
    QLabel *m_regionNote = nullptr;
    QChartView *m_regionView = nullptr;
    QTableView *m_regionTableView = nullptr;
    QStandardItemModel *m_regionTable = nullptr;
    bool m_filling = false;
    bool m_yearsChosen = false; // by the person: kept over reloads
    std::function<QString(const QString &)> m_chooseFile;
};

} // namespace vigia
