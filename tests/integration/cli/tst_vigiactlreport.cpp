// vigiactl report country (docs/monitoring.md, "Country report"): the real
// binary writes the PDF of a country with a target, indicator reports and
// an NPA assessment; pdftoppm renders its pages (counted, none blank) and
// pdftotext finds the country's name and a heading in the language asked
// for.

#include "VigiactlRunner.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using vigia::test::CliRun;
using vigia::test::VigiactlRunner;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList words(const char *line)
{
    return s(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QByteArray run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qWarning() << program << args << p.readAllStandardError();
    return p.readAllStandardOutput();
}

// The pages of `pdf` as PNG images, rendered by pdftoppm.
QList<QImage> pages(const QString &pdf, const QString &dir)
{
    run(s("pdftoppm"), {s("-png"), s("-r"), s("40"), pdf, dir + s("/page")});
    QList<QImage> out;
    const QStringList files = QDir(dir).entryList({s("page*.png")}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        out.append(QImage(dir + QLatin1Char('/') + f));
    return out;
}

// Share of pixels that are not white.
double ink(const QImage &image)
{
    qint64 dark = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            dark += qGray(image.pixel(x, y)) < 200 ? 1 : 0;
    return double(dark) / std::max<qint64>(1, qint64(image.width()) * image.height());
}
} // namespace

class TestVigiactlReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(VigiactlRunner::program()));
        QVERIFY(!QStandardPaths::findExecutable(s("pdftoppm")).isEmpty());
        QVERIFY(!QStandardPaths::findExecutable(s("pdftotext")).isEmpty());
        QVERIFY(m_tmp.isValid());
        m_cli = VigiactlRunner(m_tmp.filePath(s("coordinator")));
        CliRun r = m_cli.run(words("init --name Coordinator --role coordinator"));
        QVERIFY2(r.exitCode == 0, r.describe());
        r = m_cli.run(
            words("targets set --country GT --indicator victims_identified --baseline 100 "
                  "--baseline-year 2020 --target 200 --target-date 2026-12-31 "
                  "--milestone 2023-12-31=150"));
        QVERIFY2(r.exitCode == 0, r.describe());
        r = m_cli.run(words("targets set --country GT --indicator convictions --baseline 10 "
                            "--baseline-year 2020 --target 40 --target-date 2026-12-31"));
        QVERIFY2(r.exitCode == 0, r.describe());
        for (const char *year : {"2022", "2023", "2024", "2025"}) {
            const QString y = s(year);
            r = m_cli.run({s("record"), s("new"), s("--form"), s("indicator_report"), s("--set"),
                           s("country=GT"), s("--set"), s("period_start=") + y + s("-01-01"),
                           s("--set"), s("period_end=") + y + s("-12-31"), s("--set"),
                           s("indicator=victims_identified"), s("--set"),
                           s("value_victims_identified=1") + y.right(2), s("--set"),
                           s("source_institution=Fiscalia"), s("--set"),
                           s("verification_status=verified"), s("--finalize")});
            QVERIFY2(r.exitCode == 0, r.describe());
        }
        r = m_cli.run(words("record new --form npa_assessment --set country=GT --set year=2025 "
                            "--set npa_current=yes --set police_unit=partial --finalize"));
        QVERIFY2(r.exitCode == 0, r.describe());
    }

    void helpListsTheCommand()
    {
        const CliRun help = VigiactlRunner().run({s("--help")});
        QVERIFY2(help.outText().contains(s("report country")), help.describe());
    }

    void englishAndSpanishReports()
    {
        for (const char *lang : {"en", "es"}) {
            const QString pdf = m_tmp.filePath(s("report-%1.pdf").arg(s(lang)));
            const CliRun r = m_cli.run({s("--lang"), s(lang), s("report"), s("country"), s("gt"),
                                        s("--period"), s("2025"), s("--out"), pdf});
            QVERIFY2(r.exitCode == 0, r.describe());
            QVERIFY(QFile::exists(pdf));
            QTemporaryDir png;
            const QList<QImage> rendered = pages(pdf, png.path());
            QVERIFY2(rendered.size() >= 2, qPrintable(QString::number(rendered.size())));
            for (const QImage &page : rendered) {
                QVERIFY(!page.isNull());
                QVERIFY2(ink(page) > 0.002, qPrintable(QString::number(ink(page))));
            }
            const QString text = QString::fromUtf8(run(s("pdftotext"), {pdf, s("-")}));
            QVERIFY2(text.contains(s("Guatemala")), qPrintable(text.left(400)));
            const char *heading =
                QByteArray(lang) == "es" ? "Metas y avances" : "Targets and progress";
            QVERIFY2(text.contains(s(heading)), qPrintable(text.left(400)));
            QVERIFY2(text.contains(s(QByteArray(lang) == "es" ? "Métodos" : "Methods")),
                     qPrintable(text.right(400)));
        }
    }

    void refusesABadCall()
    {
        const CliRun noYear =
            m_cli.run({s("report"), s("country"), s("GT"), s("--out"), m_tmp.filePath(s("x.pdf"))});
        QVERIFY(noYear.exitCode != 0);
        QVERIFY(noYear.errText().contains(s("--period")));
    }

private:
    QTemporaryDir m_tmp;
    VigiactlRunner m_cli;
};

QTEST_GUILESS_MAIN(TestVigiactlReport)
#include "tst_vigiactlreport.moc"
