#include "xlsx/XlsxPackage.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// vigia_xlsx links QuaZip privately, so its include folder does not reach
// the tests; the versioned folder under /usr/include does.
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace vigia;

namespace {

bool writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &parts)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, data] : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) ||
            file.write(data) != data.size())
            return false;
        file.close();
    }
    zip.close();
    return zip.getZipError() == UNZ_OK;
}

// Copies one entry's compressed bytes into a new zip whose headers claim
// `claimedSize` uncompressed bytes: what a hand-made zip bomb does.
bool writeLyingZip(const QString &honestPath, const QString &path, const QString &name,
                   ulong claimedSize)
{
    QuaZip in(honestPath);
    if (!in.open(QuaZip::mdUnzip) || !in.setCurrentFile(name))
        return false;
    QuaZipFileInfo64 info;
    if (!in.getCurrentFileInfo(&info))
        return false;
    QuaZipFile raw(&in);
    int method = 0;
    int level = 0;
    if (!raw.open(QIODevice::ReadOnly, &method, &level, true))
        return false;
    const QByteArray compressed = raw.readAll();
    raw.close();

    QuaZip out(path);
    if (!out.open(QuaZip::mdCreate))
        return false;
    QuaZipFile file(&out);
    QuaZipNewInfo newInfo(name);
    newInfo.uncompressedSize = claimedSize;
    if (!file.open(QIODevice::WriteOnly, newInfo, nullptr, info.crc, method, level, true))
        return false;
    file.write(compressed);
    file.close();
    out.close();
    return out.getZipError() == UNZ_OK;
}

} // namespace

class TestXlsxPackage : public QObject
{
    Q_OBJECT

private slots:
    void readsPartsWhateverTheirCase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.xlsx"));
        QVERIFY(writeZip(path, {{QStringLiteral("XL/Workbook.xml"), QByteArray("<workbook/>")}}));
        XlsxPackage package(path, {});
        QVERIFY(package.open().ok());
        QCOMPARE(package.fileName(), QStringLiteral("a.xlsx"));
        QVERIFY(package.contains(QStringLiteral("xl/workbook.xml")));
        QVERIFY(package.contains(QStringLiteral("/xl/WORKBOOK.xml")));
        QVERIFY(!package.contains(QStringLiteral("xl/styles.xml")));
        auto data = package.read(QStringLiteral("xl/workbook.xml"));
        QVERIFY(data.ok());
        QCOMPARE(data.value(), QByteArray("<workbook/>"));
        QCOMPARE(package.bytesRead(), qint64(11));
        auto missing = package.read(QStringLiteral("xl/styles.xml"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code(), ErrorCode::Corrupt);
        QVERIFY(missing.error().message().contains(QStringLiteral("xl/styles.xml")));
    }

    void compressionRatioLimitStopsZipBombs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bomb.xlsx"));
        QVERIFY(writeZip(path, {{QStringLiteral("xl/zeros.xml"), QByteArray(4 << 20, '\0')}}));
        XlsxPackage package(path, {});
        QVERIFY(package.open().ok());
        auto data = package.read(QStringLiteral("xl/zeros.xml"));
        QVERIFY(!data.ok());
        QCOMPARE(data.error().code(), ErrorCode::Validation);
        QVERIFY(data.error().message().contains(QStringLiteral("xl/zeros.xml")));
        QVERIFY(data.error().message().contains(QStringLiteral("200:1")));
        QCOMPARE(package.bytesRead(), qint64(0));

        XlsxLimits generous;
        generous.maxCompressionRatio = 1000000;
        XlsxPackage allowed(path, generous);
        QVERIFY(allowed.open().ok());
        QCOMPARE(allowed.read(QStringLiteral("xl/zeros.xml")).value().size(), 4 << 20);
    }

    void smallPartsAreNeverCalledBombs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("small.xlsx"));
        QVERIFY(writeZip(path, {{QStringLiteral("p.xml"), QByteArray(64 * 1024, ' ')}}));
        XlsxLimits limits;
        limits.maxCompressionRatio = 2;
        XlsxPackage package(path, limits);
        QVERIFY(package.open().ok());
        QVERIFY(package.read(QStringLiteral("p.xml")).ok());
    }

    void headersThatUnderstateTheSizeAreNotTrusted()
    {
        QTemporaryDir dir;
        const QString honest = dir.filePath(QStringLiteral("honest.zip"));
        const QString lying = dir.filePath(QStringLiteral("lying.xlsx"));
        QVERIFY(writeZip(honest, {{QStringLiteral("xl/zeros.xml"), QByteArray(8 << 20, '0')}}));
        QVERIFY(writeLyingZip(honest, lying, QStringLiteral("xl/zeros.xml"), 100));
        XlsxLimits limits;
        limits.maxPartBytes = 1 << 20;
        XlsxPackage package(lying, limits);
        QVERIFY(package.open().ok());
        auto data = package.read(QStringLiteral("xl/zeros.xml"));
        QVERIFY(!data.ok());
        QVERIFY(data.error().code() == ErrorCode::Corrupt ||
                data.error().code() == ErrorCode::Validation);
        QVERIFY(data.error().message().contains(QStringLiteral("xl/zeros.xml")));
    }

    void partSizeLimitIsExact()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sizes.xlsx"));
        QVERIFY(writeZip(path, {{QStringLiteral("fits.xml"), QByteArray(1000, 'x')},
                                {QStringLiteral("big.xml"), QByteArray(1001, 'x')}}));
        XlsxLimits limits;
        limits.maxPartBytes = 1000;
        XlsxPackage package(path, limits);
        QVERIFY(package.open().ok());
        QVERIFY(package.read(QStringLiteral("fits.xml")).ok());
        auto big = package.read(QStringLiteral("big.xml"));
        QVERIFY(!big.ok());
        QCOMPARE(big.error().code(), ErrorCode::Validation);
        QVERIFY(big.error().message().contains(QStringLiteral("big.xml")));
    }

    void totalLimitCountsEveryPartRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("total.xlsx"));
        QVERIFY(writeZip(path, {{QStringLiteral("a.xml"), QByteArray(600, 'a')},
                                {QStringLiteral("b.xml"), QByteArray(600, 'b')}}));
        XlsxLimits limits;
        limits.maxTotalBytes = 1000;
        XlsxPackage package(path, limits);
        QVERIFY(package.open().ok());
        QVERIFY(package.read(QStringLiteral("a.xml")).ok());
        auto b = package.read(QStringLiteral("b.xml"));
        QVERIFY(!b.ok());
        QCOMPARE(b.error().code(), ErrorCode::Validation);
    }

    void partCountLimit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("many.xlsx"));
        QList<QPair<QString, QByteArray>> parts;
        for (int i = 0; i < 5; ++i)
            parts.append({QStringLiteral("p%1.xml").arg(i), QByteArray("x")});
        QVERIFY(writeZip(path, parts));
        XlsxLimits limits;
        limits.maxParts = 4;
        XlsxPackage package(path, limits);
        const Status s = package.open();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code(), ErrorCode::Validation);
        limits.maxParts = 5;
        XlsxPackage enough(path, limits);
        QVERIFY(enough.open().ok());
    }
};

QTEST_GUILESS_MAIN(TestXlsxPackage)
#include "tst_xlsxpackage.moc"
