// export_xlsx: 100 000 finalized records of 20 fields exported to XLSX
// through Exporter (pages of records read from the store, typed cells,
// libxlsxwriter in constant-memory mode). Baseline in the same run:
// libxlsxwriter writing the same cells directly, in constant-memory mode,
// with nothing read from a store. Each side runs in a fresh process of this
// program so that its peak RSS (VmHWM) is its own. Targets: time ratio <=
// 1.5 and the export's peak RSS <= 300 MB.
#include "BenchReport.h"
#include "export/Exporter.h"
#include "export/XlsxWriterLibrary.h"
#include "forms/FormJson.h"
#include "store/FormStore.h"
#include "store/RecordStore.h"
#include "store/Workspace.h"
#include "TestWorkspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>

using namespace vigia;

namespace {
constexpr int kFields = 20;

// Field i's type: text, integer, decimal, date or select_one.
QString typeOf(int i)
{
    static const char *kTypes[] = {"text", "integer", "decimal", "date", "select_one"};
    return QString::fromLatin1(kTypes[i % 5]);
}

QString fieldName(int i)
{
    return QStringLiteral("f%1").arg(i + 1, 2, 10, QLatin1Char('0'));
}

QByteArray formJson()
{
    QString survey;
    for (int i = 0; i < kFields; ++i)
        survey += QStringLiteral(R"(%1{"name": "%2", "type": "%3", %4"label": {"en": "Field %5"}})")
                      .arg(i ? QStringLiteral(",") : QString(), fieldName(i), typeOf(i),
                           i % 5 == 4 ? QStringLiteral(R"("list_name": "level", )") : QString())
                      .arg(i + 1);
    return QStringLiteral(R"({"format_version": 1,
        "settings": {"form_id": "bench", "version": "1", "default_language": "en"},
        "survey": [%1],
        "choices": [{"list_name": "level", "name": "low", "label": {"en": "Low"}},
                    {"list_name": "level", "name": "high", "label": {"en": "High"}}]})")
        .arg(survey)
        .toUtf8();
}

// Record n's answer to field i, as stored.
QString answer(int n, int i)
{
    switch (i % 5) {
    case 0:
        return QStringLiteral("answer %1 to question %2, with some words").arg(n).arg(i);
    case 1:
        return QString::number((n * 7 + i) % 1000);
    case 2:
        return QString::number(((n * 13 + i) % 10000) / 100.0, 'f', 2);
    case 3:
        return QDate(2020, 1, 1).addDays((n + i) % 2000).toString(Qt::ISODate);
    default:
        return (n + i) % 2 ? QStringLiteral("high") : QStringLiteral("low");
    }
}

void printLine(const QJsonObject &o)
{
    std::fprintf(stdout, "%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// The baseline side: the same header and cells straight into libxlsxwriter.
int directSide(const QString &out, int total)
{
    // The same library the export uses, loaded the same way.
    const XlsxWriterLibrary *lib = XlsxWriterLibrary::get();
    if (!lib)
        qFatal("libxlsxwriter is not installed");
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = bench::cpuSeconds();
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    const QByteArray tmp = out.toLocal8Bit();
    options.tmpdir = const_cast<char *>(tmp.constData());
    options.use_zip64 = LXW_TRUE;
    lxw_workbook *book = lib->workbookNewOpt(
        (out + QStringLiteral("/direct.xlsx")).toLocal8Bit().constData(), &options);
    lxw_format *date = lib->workbookAddFormat(book);
    lib->formatSetNumFormat(date, "yyyy-mm-dd");
    lxw_worksheet *sheet = lib->workbookAddWorksheet(book, "bench_1");
    const QStringList own{QStringLiteral("_id"), QStringLiteral("_country"),
                          QStringLiteral("_date"), QStringLiteral("_review")};
    int c = 0;
    for (const QString &h : own)
        lib->worksheetWriteString(sheet, 0, lxw_col_t(c++), h.toUtf8().constData(), nullptr);
    for (int i = 0; i < kFields; ++i)
        lib->worksheetWriteString(sheet, 0, lxw_col_t(c++), fieldName(i).toUtf8().constData(),
                                  nullptr);
    for (int n = 0; n < total; ++n) {
        const auto row = lxw_row_t(n + 1);
        lib->worksheetWriteString(
            sheet, row, 0, QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8().constData(),
            nullptr);
        lib->worksheetWriteString(sheet, row, 3, "received", nullptr);
        for (int i = 0; i < kFields; ++i) {
            const QString a = answer(n, i);
            const auto col = lxw_col_t(4 + i);
            switch (i % 5) {
            case 1:
            case 2:
                lib->worksheetWriteNumber(sheet, row, col, a.toDouble(), nullptr);
                break;
            case 3: {
                const QDate d = QDate::fromString(a, Qt::ISODate);
                lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0};
                lib->worksheetWriteDatetime(sheet, row, col, &dt, date);
                break;
            }
            default:
                lib->worksheetWriteString(sheet, row, col, a.toUtf8().constData(), nullptr);
            }
        }
    }
    if (lib->workbookClose(book) != LXW_NO_ERROR)
        qFatal("libxlsxwriter failed");
    printLine({{QStringLiteral("seconds"), double(timer.nsecsElapsed()) / 1e9},
               {QStringLiteral("cpu_seconds"), bench::cpuSeconds() - cpuBefore},
               {QStringLiteral("peak_rss_mib"), bench::peakRssMiB()}});
    return 0;
}

// The measured side: the workspace's records through Exporter.
int exportSide(const QString &workspace, const QString &out)
{
    auto ws = Workspace::open(workspace, test::TestWorkspace::kPassphrase);
    if (!ws)
        qFatal("open: %s", qPrintable(ws.error().message()));
    ExportOptions options;
    options.format = ExportOptions::Format::Xlsx;
    options.formId = QStringLiteral("bench");
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = bench::cpuSeconds();
    Exporter exporter(ws.value()->database(), ws.value()->forms());
    auto outcome = exporter.run(out, options);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!outcome)
        qFatal("export: %s", qPrintable(outcome.error().message()));
    printLine({{QStringLiteral("seconds"), seconds},
               {QStringLiteral("cpu_seconds"), bench::cpuSeconds() - cpuBefore},
               {QStringLiteral("records"), outcome.value().records},
               {QStringLiteral("peak_rss_mib"), bench::peakRssMiB()}});
    return 0;
}

QJsonObject runSide(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QCoreApplication::applicationFilePath(), args);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qFatal("side %s failed", qPrintable(args.first()));
    const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last()).object();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("--direct"))
        return directSide(args.value(1), args.value(2).toInt());
    if (args.value(0) == QLatin1String("--export"))
        return exportSide(args.value(1), args.value(2));

    const int total = args.isEmpty() ? 100000 : args.first().toInt();
    test::TestWorkspace ws;
    if (!ws.isValid())
        qFatal("workspace: %s", qPrintable(ws.error()));
    auto form = FormJson::read(formJson(), QStringLiteral("bench.json"));
    if (!form || !ws->forms().importDefinition(form.value()))
        qFatal("form not imported");
    constexpr int kBatch = 5000;
    for (int start = 0; start < total; start += kBatch) {
        QList<RecordStore::Values> batch;
        for (int n = start; n < qMin(total, start + kBatch); ++n) {
            RecordStore::Values values;
            for (int i = 0; i < kFields; ++i)
                values.append({fieldName(i), QCborValue(answer(n, i))});
            batch.append(values);
        }
        if (!ws->records().createMany(QStringLiteral("bench"), QStringLiteral("1"), batch, true))
            qFatal("records not created");
    }
    const QString path = ws.path();
    ws.close(); // the export side opens it in its own process

    QTemporaryDir out;
    // Warm the page cache and the program's code once, then measure.
    (void)runSide({QStringLiteral("--direct"), out.path(), QStringLiteral("1000")});
    const QJsonObject direct =
        runSide({QStringLiteral("--direct"), out.path(), QString::number(total)});
    const QJsonObject exported = runSide({QStringLiteral("--export"), path, out.path()});
    if (exported.value(QStringLiteral("records")).toInteger() != total)
        qFatal("the export wrote %lld records of %d",
               exported.value(QStringLiteral("records")).toInteger(), total);

    const double seconds = exported.value(QStringLiteral("seconds")).toDouble();
    const double rss = exported.value(QStringLiteral("peak_rss_mib")).toDouble();
    bench::report(
        QStringLiteral("export_xlsx"), seconds, direct.value(QStringLiteral("seconds")).toDouble(),
        1.5,
        {{QStringLiteral("records"), total},
         {QStringLiteral("fields"), kFields},
         {QStringLiteral("peak_rss_mib"), rss},
         {QStringLiteral("cpu_seconds"), exported.value(QStringLiteral("cpu_seconds"))},
         {QStringLiteral("baseline_cpu_seconds"), direct.value(QStringLiteral("cpu_seconds"))},
         {QStringLiteral("baseline_peak_rss_mib"),
          direct.value(QStringLiteral("peak_rss_mib")).toDouble()}},
        {{QStringLiteral("peak_rss_mb"), rss * 1.048576, 300}});
    return 0;
}
