#include "forms/FormFile.h"
#include "TestFiles.h"
#include "XlsxTestWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace vigia;

namespace {

// A form definition as a .json file: one text field with `constraint`.
QByteArray jsonForm(const QString &constraint)
{
    const QJsonObject doc{
        {QStringLiteral("format_version"), 1},
        {QStringLiteral("settings"), QJsonObject{{QStringLiteral("form_id"), QStringLiteral("f")},
                                                 {QStringLiteral("version"), QStringLiteral("1")}}},
        {QStringLiteral("survey"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                {QStringLiteral("name"), QStringLiteral("phone")},
                                {QStringLiteral("constraint"), constraint}}}},
        {QStringLiteral("choices"), QJsonArray{}}};
    return QJsonDocument(doc).toJson();
}

} // namespace

// FormFile is where vigiactl and the import dialog read a form, so a .json
// definition must carry the same warnings and errors as a workbook.
class TestFormFile : public QObject
{
    Q_OBJECT

private slots:
    void aJsonDefinitionWarnsOfAPatternThatCanBacktrack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("form.json"));
        QVERIFY(test::writeAll(path, jsonForm(QStringLiteral("regex(., '^([0-9]+)+$')"))));
        auto read = FormFile::read(path);
        QVERIFY2(read, qPrintable(read.error().message()));
        QCOMPARE(read.value().warnings().size(), 1);
        const QString warning = read.value().warnings().first();
        QVERIFY2(warning.contains(QStringLiteral("column constraint")), qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("'([0-9]+)+'")), qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("make the inner repetition possessive")),
                 qPrintable(warning));
        QCOMPARE(read.value().definition().formId(), QStringLiteral("f"));
    }

    void aJsonDefinitionWithinTheCapsWarnsOfNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("form.json"));
        QVERIFY(test::writeAll(path, jsonForm(QStringLiteral("regex(., '^[0-9]{8,12}$')"))));
        auto read = FormFile::read(path);
        QVERIFY2(read, qPrintable(read.error().message()));
        QVERIFY2(read.value().warnings().isEmpty(),
                 qPrintable(read.value().warnings().join(u'\n')));
    }

    void aWorkbookWarnsOfTheSamePatternWithItsRow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("form.xlsx"));
        QVERIFY(test::XlsxTestWriter::write(
            path, {{QStringLiteral("survey"),
                    {{QStringLiteral("type"), QStringLiteral("name"), QStringLiteral("label"),
                      QStringLiteral("constraint")},
                     {QStringLiteral("text"), QStringLiteral("phone"), QStringLiteral("Phone"),
                      QStringLiteral("regex(., '^([0-9]+)+$')")}}},
                   {QStringLiteral("settings"),
                    {{QStringLiteral("form_id"), QStringLiteral("version")},
                     {QStringLiteral("f"), QStringLiteral("1")}}}}));
        auto read = FormFile::read(path);
        QVERIFY2(read, qPrintable(read.error().message()));
        const QStringList warnings = read.value().warnings().filter(QStringLiteral("regex()"));
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().startsWith(QStringLiteral("survey row 2, column constraint")),
                 qPrintable(warnings.first()));
    }

    void aDamagedJsonFileIsTheAuthorsToFix()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("form.json"));
        QVERIFY(test::writeAll(path, jsonForm(QStringLiteral(".")).left(40)));
        auto read = FormFile::read(path);
        QVERIFY(!read);
        QCOMPARE(read.error().code(), ErrorCode::Validation);
        QVERIFY(!read.error().message().isEmpty());
    }

    void anotherExtensionOrAMissingFolderIsAUsageError()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("form.txt"));
        QVERIFY(test::writeAll(text, jsonForm(QStringLiteral("."))));
        auto wrongKind = FormFile::read(text);
        QVERIFY(!wrongKind);
        QCOMPARE(wrongKind.error().code(), ErrorCode::Usage);
        QVERIFY2(wrongKind.error().message().contains(QStringLiteral("(.xlsx)")),
                 qPrintable(wrongKind.error().message()));

        const QString json = dir.filePath(QStringLiteral("form.json"));
        QVERIFY(test::writeAll(json, jsonForm(QStringLiteral("."))));
        auto noFolder = FormFile::read(json, dir.filePath(QStringLiteral("missing")));
        QVERIFY(!noFolder);
        QCOMPARE(noFolder.error().code(), ErrorCode::Usage);
        QVERIFY2(noFolder.error().message().contains(QStringLiteral("is not a folder")),
                 qPrintable(noFolder.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestFormFile)
#include "tst_formfile.moc"
