#include "db/Database.h"
#include "db/Statement.h"
#include "forms/BuiltinForms.h"
#include "forms/FormJson.h"
#include "forms/FormValidator.h"
#include "store/FormStore.h"
#include "TestWorkspace.h"

#include <QDir>
#include <QTest>

using namespace vigia;

namespace {
// A small valid form; `label` changes the definition without changing its id
// or version.
FormDefinition smallForm(const QString &id, const QString &version,
                         const QString &label = QStringLiteral("Name"))
{
    const QString json = QStringLiteral(R"({"format_version": 1,
            "settings": {"form_id": "%1", "version": "%2", "default_language": "en",
                         "title": {"en": "Form %1", "es": "Formulario %1"}},
            "survey": [{"type": "text", "name": "name", "label": {"en": "%3"}}]})")
                             .arg(id, version, label);
    auto definition = FormJson::read(json.toUtf8(), QStringLiteral("test"));
    if (!definition)
        qWarning() << definition.error().message();
    return definition.ok() ? definition.value() : FormDefinition();
}

QString packFile(const char *name)
{
    return QDir(qEnvironmentVariable("VIGIA_TEST_SOURCE_DIR"))
        .filePath(QStringLiteral("resources/forms/") + QLatin1String(name));
}
} // namespace

class TestFormStore : public QObject
{
    Q_OBJECT

private slots:
    void importAndGet()
    {
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const FormDefinition form = smallForm(QStringLiteral("f"), QStringLiteral("1"));
        auto added = ws->forms().importDefinition(form);
        QVERIFY2(added.ok(), qPrintable(added.error().message()));
        QCOMPARE(added.value(), FormStore::ImportOutcome::Added);

        auto got = ws->forms().get(QStringLiteral("f"), QStringLiteral("1"));
        QVERIFY2(got.ok(), qPrintable(got.error().message()));
        QCOMPARE(got.value(), form);
        QCOMPARE(FormJson::write(got.value()), FormJson::write(form));

        // Kept across a restart.
        QVERIFY(ws.reopen());
        auto again = ws->forms().get(QStringLiteral("f"));
        QVERIFY(again.ok());
        QCOMPARE(again.value(), form);
    }

    void reimportingTheSameVersionIsANoOp()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.isValid());
        const FormDefinition form = smallForm(QStringLiteral("f"), QStringLiteral("1"));
        QCOMPARE(ws->forms().importDefinition(form).value(), FormStore::ImportOutcome::Added);
        Statement before(ws->database().handle(),
                         "SELECT imported_hlc FROM forms WHERE form_id = 'f'");
        QCOMPARE(before.step(), 100);
        const qint64 hlc = before.columnInt64(0);
        QVERIFY(hlc > 0);

        auto again = ws->forms().importDefinition(form);
        QVERIFY(again.ok());
        QCOMPARE(again.value(), FormStore::ImportOutcome::Unchanged);
        Statement after(ws->database().handle(),
                        "SELECT count(*), max(imported_hlc) FROM forms WHERE form_id = 'f'");
        QCOMPARE(after.step(), 100);
        QCOMPARE(after.columnInt64(0), qint64(1));
        QCOMPARE(after.columnInt64(1), hlc);
    }

    void differentDefinitionUnderAnExistingVersionIsRefused()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.isValid());
        const FormDefinition form = smallForm(QStringLiteral("f"), QStringLiteral("1"));
        QVERIFY(ws->forms().importDefinition(form).ok());
        const FormDefinition changed =
            smallForm(QStringLiteral("f"), QStringLiteral("1"), QStringLiteral("Full name"));
        auto refused = ws->forms().importDefinition(changed);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::Validation);
        QCOMPARE(refused.error().message(),
                 QStringLiteral("Form f version 1 already exists with a different definition. "
                                "Forms versions never change: give the new definition a new "
                                "version."));
        // The stored definition is untouched; a new version is accepted.
        QCOMPARE(ws->forms().get(QStringLiteral("f"), QStringLiteral("1")).value(), form);
        const FormDefinition next =
            smallForm(QStringLiteral("f"), QStringLiteral("2"), QStringLiteral("Full name"));
        QCOMPARE(ws->forms().importDefinition(next).value(), FormStore::ImportOutcome::Added);
    }

    void invalidDefinitionIsRefusedWithEveryProblem()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.isValid());
        FormDefinition form = smallForm(QStringLiteral("f"), QStringLiteral("1"));
        form.rows()[0].setProperty(QStringLiteral("relevant"), QStringLiteral("${missing} = 1"));
        form.rows()[0].setProperty(QStringLiteral("constraint"), QStringLiteral(". > )"));
        const QStringList problems = FormValidator::problems(form);
        QVERIFY(problems.size() >= 2);
        auto refused = ws->forms().importDefinition(form);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::Validation);
        for (const QString &p : problems)
            QVERIFY2(refused.error().message().contains(p), qPrintable(refused.error().message()));
        // Only the built-in forms are there.
        QCOMPARE(ws->forms().list().value().size(), BuiltinForms::paths().size());
        QCOMPARE(ws->forms().versions(QStringLiteral("f")).value(), QStringList());
    }

    void listAndVersions()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.isValid());
        FormStore &forms = ws->forms();
        for (const char *version : {"10", "9", "2"}) {
            QVERIFY(forms
                        .importDefinition(smallForm(QStringLiteral("b"), QLatin1String(version),
                                                    QLatin1String(version)))
                        .ok());
        }
        QVERIFY(forms.importDefinition(smallForm(QStringLiteral("a"), QStringLiteral("1"))).ok());

        QCOMPARE(forms.versions(QStringLiteral("b")).value(),
                 QStringList({QStringLiteral("2"), QStringLiteral("9"), QStringLiteral("10")}));
        QVERIFY(forms.versions(QStringLiteral("none")).value().isEmpty());

        auto all = forms.list();
        QVERIFY(all.ok());
        // Besides the built-in forms, whose ids sort after "a" and "b".
        QCOMPARE(all.value().size(), 4 + BuiltinForms::paths().size());
        QCOMPARE(all.value().at(0).formId, QStringLiteral("a"));
        QCOMPARE(all.value().at(0).title.value(QStringLiteral("es")),
                 QStringLiteral("Formulario a"));
        QCOMPARE(all.value().at(3).formId, QStringLiteral("b"));
        QCOMPARE(all.value().at(3).version, QStringLiteral("10"));

        // Without a version, the latest one by number, not by import order.
        auto latest = forms.get(QStringLiteral("b"));
        QVERIFY(latest.ok());
        QCOMPARE(latest.value().version(), QStringLiteral("10"));
    }

    // Versions derived from a workbook's content do not sort by age: the
    // latest is the one imported last.
    void derivedVersionsFollowImportOrder()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.isValid());
        FormStore &forms = ws->forms();
        const QStringList imported = {QStringLiteral("auto-ff0000000000"),
                                      QStringLiteral("auto-000000000000"),
                                      QStringLiteral("auto-7f0000000000")};
        QVERIFY(forms.importDefinition(smallForm(QStringLiteral("c"), QStringLiteral("2"))).ok());
        for (const QString &version : imported)
            QVERIFY(forms.importDefinition(smallForm(QStringLiteral("c"), version, version)).ok());
        QCOMPARE(forms.versions(QStringLiteral("c")).value(),
                 QStringList({QStringLiteral("2")}) + imported);
        auto latest = forms.get(QStringLiteral("c"));
        QVERIFY(latest.ok());
        QCOMPARE(latest.value().version(), QStringLiteral("auto-7f0000000000"));
    }

    void unknownFormIsNotFound()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.isValid());
        auto none = ws->forms().get(QStringLiteral("nope"));
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code(), ErrorCode::NotFound);
        QVERIFY(
            ws->forms().importDefinition(smallForm(QStringLiteral("f"), QStringLiteral("1"))).ok());
        auto wrongVersion = ws->forms().get(QStringLiteral("f"), QStringLiteral("7"));
        QVERIFY(!wrongVersion.ok());
        QCOMPARE(wrongVersion.error().code(), ErrorCode::NotFound);
        QVERIFY(wrongVersion.error().message().contains(QLatin1String("7")));
    }

    void thePackImports()
    {
        test::TestWorkspace ws;
        QVERIFY(ws.isValid());
        for (const char *name :
             {"qualitative_finding.json", "indicator_report.json", "npa_assessment.json"}) {
            auto definition = FormJson::readFile(packFile(name));
            QVERIFY2(definition.ok(), qPrintable(definition.error().message()));
            // A new workspace holds the pack already: the files import unchanged.
            auto added = ws->forms().importDefinition(definition.value());
            QVERIFY2(added.ok(), qPrintable(added.error().message()));
            QCOMPARE(added.value(), FormStore::ImportOutcome::Unchanged);
            auto got = ws->forms().get(definition.value().formId());
            QVERIFY(got.ok());
            QCOMPARE(got.value(), definition.value());
        }
        QCOMPARE(ws->forms().list().value().size(), 3);
    }

    void compareVersions_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");
        QTest::newRow("equal") << QStringLiteral("3") << QStringLiteral("3") << 0;
        QTest::newRow("numbers") << QStringLiteral("9") << QStringLiteral("10") << -1;
        QTest::newRow("dotted") << QStringLiteral("2024.10") << QStringLiteral("2024.9") << 1;
        QTest::newRow("long") << QStringLiteral("20240101000000000001")
                              << QStringLiteral("20240101000000000002") << -1;
        QTest::newRow("prefix") << QStringLiteral("1") << QStringLiteral("1.1") << -1;
        QTest::newRow("zeros") << QStringLiteral("01") << QStringLiteral("1") << -1;
        QTest::newRow("text") << QStringLiteral("beta") << QStringLiteral("alpha") << 1;
    }

    void compareVersions()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        QCOMPARE(FormStore::compareVersions(a, b), expected);
        QCOMPARE(FormStore::compareVersions(b, a), -expected);
    }
};

QTEST_GUILESS_MAIN(TestFormStore)
#include "tst_formstore.moc"
