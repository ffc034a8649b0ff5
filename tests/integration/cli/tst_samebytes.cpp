// The same answers typed in the desktop app (through RecordDocument, as the
// record editor does) and given to the real `vigiactl record set/finalize`
// are stored as the same CBOR bytes: equal values must be equal bytes, or
// two devices open a conflict over nothing (issue "the house", item 1).

#include "forms/FormJson.h"
#include "store/FormStore.h"
#include "store/RecordStore.h"
#include "store/Workspace.h"
#include "TestWorkspace.h"
#include "ui/records/RecordDocument.h"
#include "VigiactlRunner.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace vigia;
using vigia::test::CliRun;
using vigia::test::VigiactlRunner;

namespace {

const QByteArray kForm = R"json({"format_version": 1,
    "settings": {"form_id": "same", "version": "1", "default_language": "en",
                 "title": {"en": "Same bytes"}},
    "survey": [
        {"type": "decimal", "name": "amount", "label": {"en": "Amount"}},
        {"type": "integer", "name": "count", "label": {"en": "Count"}},
        {"type": "text", "name": "title", "label": {"en": "Title"}},
        {"type": "select_multiple", "list_name": "colours", "name": "colours",
         "label": {"en": "Colours"}},
        {"type": "time", "name": "at", "label": {"en": "At"}},
        {"type": "text", "name": "place", "label": {"en": "Place"}, "default": "home"},
        {"type": "calculate", "name": "twice", "calculation": "${amount} * 2"}
    ],
    "choices": [
        {"list_name": "colours", "name": "red", "label": {"en": "Red"}},
        {"list_name": "colours", "name": "green", "label": {"en": "Green"}}
    ]})json";

// The values a record holds, cleared ones (null) left out.
QMap<QString, QCborValue> held(const Record &record)
{
    QMap<QString, QCborValue> out;
    for (auto it = record.values.cbegin(); it != record.values.cend(); ++it) {
        if (!it.value().isNull())
            out.insert(it.key(), it.value());
    }
    return out;
}

} // namespace

class tst_SameBytes : public QObject
{
    Q_OBJECT

private slots:
    void appAndVigiactlStoreTheSameBytes_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("amount");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("1.50");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("1,50");
    }

    void appAndVigiactlStoreTheSameBytes()
    {
        QFETCH(QString, language);
        QFETCH(QString, amount);
        const QMap<QString, QString> typed{
            {QStringLiteral("amount"), amount},
            {QStringLiteral("count"), QStringLiteral("007")},
            {QStringLiteral("title"), QStringLiteral(" Same  words ")},
            {QStringLiteral("colours"), QStringLiteral(" red   green ")},
            {QStringLiteral("at"), QStringLiteral("14:30")},
        };

        // The app: a record created as the Records page does, edited and
        // finalized through its document, in the interface's language.
        QLocale::setDefault(QLocale(language));
        test::TestWorkspace app;
        QVERIFY2(app.isValid(), qPrintable(app.error()));
        auto form = FormJson::read(kForm, QStringLiteral("test"));
        QVERIFY(form);
        QVERIFY(app->forms().importDefinition(form.value()));
        auto appId = app->records().create(QStringLiteral("same"), QStringLiteral("1"));
        QVERIFY(appId);
        {
            RecordDocument doc(*app, appId.value());
            QVERIFY2(doc.isLoaded(), qPrintable(doc.loadError()));
            for (auto it = typed.cbegin(); it != typed.cend(); ++it)
                doc.edit(it.key(), it.value());
            QVERIFY(doc.save());
            QVERIFY2(doc.finalize(), qPrintable(doc.session().validateAll().value(0).message()));
        }
        QLocale::setDefault(QLocale::c());
        auto appRecord = app->records().get(appId.value());
        QVERIFY(appRecord);
        QCOMPARE(appRecord.value().status, RecordStatus::Finalized);

        // vigiactl, in another workspace.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const VigiactlRunner cli(dir.filePath(QStringLiteral("ws")));
        CliRun r =
            cli.run({QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("cli")});
        QVERIFY2(r.exitCode == 0, r.describe());
        r = cli.importForm(kForm);
        QVERIFY2(r.exitCode == 0, r.describe());
        const QStringList lang{QStringLiteral("--lang"), language};
        r = cli.run(lang + QStringList{QStringLiteral("record"), QStringLiteral("new"),
                                       QStringLiteral("--form"), QStringLiteral("same")});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QString cliId = r.outLine();
        QStringList set =
            lang + QStringList{QStringLiteral("record"), QStringLiteral("set"), cliId};
        for (auto it = typed.cbegin(); it != typed.cend(); ++it)
            set << it.key() + QLatin1Char('=') + it.value();
        r = cli.run(set);
        QVERIFY2(r.exitCode == 0, r.describe());
        r = cli.run(lang +
                    QStringList{QStringLiteral("record"), QStringLiteral("finalize"), cliId});
        QVERIFY2(r.exitCode == 0, r.describe());

        auto opened =
            Workspace::open(dir.filePath(QStringLiteral("ws")), VigiactlRunner::kPassphrase);
        QVERIFY2(opened, qPrintable(opened.error().message()));
        auto id = RecordStore::parseId(cliId);
        QVERIFY(id);
        auto cliRecord = opened.value()->records().get(id.value());
        QVERIFY(cliRecord);
        QCOMPARE(cliRecord.value().status, RecordStatus::Finalized);

        const QMap<QString, QCborValue> fromApp = held(appRecord.value());
        const QMap<QString, QCborValue> fromCli = held(cliRecord.value());
        QCOMPARE(fromApp.keys(), fromCli.keys());
        for (auto it = fromApp.cbegin(); it != fromApp.cend(); ++it) {
            QVERIFY2(it.value().toCbor() == fromCli.value(it.key()).toCbor(),
                     qPrintable(
                         QStringLiteral("%1: app %2, vigiactl %3")
                             .arg(it.key(), QString::fromLatin1(it.value().toCbor().toHex()),
                                  QString::fromLatin1(fromCli.value(it.key()).toCbor().toHex()))));
        }
        // And it is the canonical spelling.
        QCOMPARE(fromApp.value(QStringLiteral("amount")), QCborValue(QStringLiteral("1.5")));
        QCOMPARE(fromApp.value(QStringLiteral("count")), QCborValue(QStringLiteral("7")));
        QCOMPARE(fromApp.value(QStringLiteral("title")),
                 QCborValue(QStringLiteral(" Same  words ")));
        QCOMPARE(fromApp.value(QStringLiteral("colours")), QCborValue(QStringLiteral("red green")));
        QCOMPARE(fromApp.value(QStringLiteral("at")), QCborValue(QStringLiteral("14:30:00")));
        QCOMPARE(fromApp.value(QStringLiteral("twice")), QCborValue(QStringLiteral("3")));
        QCOMPARE(fromApp.value(QStringLiteral("place")), QCborValue(QStringLiteral("home")));
    }
};

QTEST_MAIN(tst_SameBytes)
#include "tst_samebytes.moc"
