// The Targets and Dashboard views, on the coordinator's workspace: a few
// targets of Brazil and Paraguay and invented indicator reports over five
// years, so that the statuses, the chart against its milestone path and the
// regional comparison have something to show.
#include "screenshots/ScreenshotWriter.h"

#include "screenshots/ScreenshotSamples.h"
#include "store/FormStore.h"
#include "store/IndicatorCatalog.h"
#include "store/RecordStore.h"
#include "store/TargetStore.h"
#include "store/Workspace.h"
#include "ui/export/ExportDialog.h"
#include "ui/monitoring/DashboardPage.h"
#include "ui/shell/MainWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEventLoop>
#include <QTemporaryDir>

namespace vigia {

namespace {
Status addMonitoringData(Workspace &ws)
{
    TargetStore targets(ws.database(), ws.oplog(), ws.role());
    const QString victims = QStringLiteral("victims_identified");
    for (const char *country : {"BR", "PY"}) {
        Target t;
        t.country = QString::fromLatin1(country);
        t.indicator = victims;
        t.unit = QStringLiteral("count");
        t.baselineValue = 120;
        t.baselineYear = 2020;
        t.milestones = {{QDate(2023, 12, 31), 180}};
        t.targetValue = 240;
        t.targetDate = QDate(2026, 12, 31);
        if (auto set = targets.set(t); !set)
            return set.error();
        t.indicator = QStringLiteral("convictions");
        t.baselineValue = 10;
        t.milestones = {};
        t.targetValue = 30;
        if (auto set = targets.set(t); !set)
            return set.error();
    }
    const QString version = ws.forms().get(IndicatorCatalog::kFormId).value().version();
    const struct
    {
        const char *country;
        double victims;
        double convictions;
    } rows[] = {{"BR", 130, 11}, {"BR", 150, 14}, {"BR", 172, 15}, {"BR", 190, 19}, {"BR", 205, 22},
                {"PY", 118, 9},  {"PY", 121, 10}, {"PY", 130, 10}, {"PY", 138, 12}, {"PY", 150, 13},
                {"AR", 0, 0},    {"AR", 0, 0},    {"AR", 0, 0},    {"AR", 0, 0},    {"AR", 96, 8}};
    for (int i = 0; i < int(std::size(rows)); ++i) {
        const QString year = QString::number(2021 + i % 5);
        for (const auto &[indicator, value] :
             {std::pair{victims, rows[i].victims},
              std::pair{QStringLiteral("convictions"), rows[i].convictions}}) {
            if (value <= 0)
                continue;
            auto made = ws.records().create(
                IndicatorCatalog::kFormId, version,
                {{QStringLiteral("country"), QString::fromLatin1(rows[i].country)},
                 {QStringLiteral("period_start"), year + QStringLiteral("-01-01")},
                 {QStringLiteral("period_end"), year + QStringLiteral("-12-31")},
                 {QStringLiteral("indicator"), indicator},
                 {QStringLiteral("unit"), QStringLiteral("count")},
                 {IndicatorCatalog::valueField(indicator), value}},
                true);
            if (!made)
                return made.error();
        }
    }
    return {};
}
} // namespace

Status ScreenshotWriter::writeMonitoring(ScreenshotSamples &samples, const Shots &shots)
{
    Workspace &ws = samples.coordinator();
    if (Status s = addMonitoringData(ws); !s)
        return s;
    MainWindow window(ws);
    window.setAutoLockInterval(std::chrono::milliseconds(0));
    window.resize(1024, 680);
    window.show();
    if (Status s =
            savePage(window, MainWindow::TargetsView, shots, QStringLiteral("main_window_targets"));
        !s)
        return s;
    window.showPage(MainWindow::DashboardView);
    if (auto *page = window.findChild<DashboardPage *>()) {
        page->countryBox()->setCurrentIndex(page->countryBox()->findData(QStringLiteral("BR")));
        page->indicatorBox()->setCurrentIndex(
            page->indicatorBox()->findData(QStringLiteral("victims_identified")));
    }
    if (Status s = save(&window, shots, QStringLiteral("main_window_dashboard")); !s)
        return s;
    return writeExport(ws, window, shots);
}

Status ScreenshotWriter::writeExport(Workspace &ws, QWidget &window, const Shots &shots)
{
    // The options a coordinator picks for an analyst outside the project,
    // then the same dialog after a real export of the sample reports.
    ExportDialog dialog(ws, &window);
    if (auto *format = dialog.findChild<QComboBox *>(QStringLiteral("exportFormat")))
        format->setCurrentIndex(format->findText(QStringLiteral("XLSX")));
    if (auto *deidentify = dialog.findChild<QCheckBox *>(QStringLiteral("exportDeidentify")))
        deidentify->setChecked(true);
    if (auto *coarsen = dialog.findChild<QCheckBox *>(QStringLiteral("exportCoarsenDates")))
        coarsen->setChecked(true);
    QTemporaryDir out;
    if (!out.isValid())
        return Error(ErrorCode::Io, QStringLiteral("no temporary folder for the export"));
    dialog.setFolder(out.filePath(QStringLiteral("export")));
    dialog.show();
    if (Status s = save(&dialog, shots, QStringLiteral("export")); !s)
        return s;
    bool written = false;
    QEventLoop loop;
    QObject::connect(&dialog, &ExportDialog::finished, &loop, [&](bool ok) {
        written = ok;
        loop.quit();
    });
    dialog.start();
    if (dialog.isExporting())
        loop.exec();
    if (!written)
        return Error(ErrorCode::Io, QStringLiteral("the sample export was not written"));
    return save(&dialog, shots, QStringLiteral("export_done"));
}

} // namespace vigia
