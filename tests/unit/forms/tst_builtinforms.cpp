// The built-in form pack (BuiltinForms): compiled in, identical to
// resources/forms, and imported into every workspace once per pack version.

#include "db/Database.h"
#include "db/Statement.h"
#include "forms/BuiltinForms.h"
#include "forms/FormJson.h"
#include "forms/FormValidator.h"
#include "store/FormStore.h"
#include "TestWorkspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTest>

#include <sqlite3.h>

using namespace vigia;

namespace {

QStringList sourceFiles()
{
    const QDir dir(QDir(qEnvironmentVariable("VIGIA_TEST_SOURCE_DIR"))
                       .filePath(QStringLiteral("resources/forms")));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

QStringList storedIds(Workspace &ws)
{
    QStringList ids;
    for (const FormStore::Entry &e : ws.forms().list().value())
        ids << e.formId + QLatin1Char('@') + e.version;
    return ids;
}

QStringList builtinIds()
{
    QStringList ids;
    for (const FormDefinition &form : BuiltinForms::load().value())
        ids << form.formId() + QLatin1Char('@') + form.version();
    ids.sort();
    return ids;
}

bool exec(Workspace &ws, const char *sql)
{
    Statement st(ws.database().handle(), sql);
    return st.run() == SQLITE_DONE;
}

} // namespace

class tst_BuiltinForms : public QObject
{
    Q_OBJECT

private slots:
    void listsEveryFileOfThePack();
    void loadsTheSameDefinitionsAsTheSources();
    void everyFormIsValidAndTrilingual();
    void packHashIsStableHex();
    void newWorkspaceHoldsThePack();
    void openImportsOnlyWhenThePackIsMissing();
    void aConflictingVersionIsLeftAlone();
    void openStaysCheap();
};

void tst_BuiltinForms::listsEveryFileOfThePack()
{
    const QStringList sources = sourceFiles();
    QVERIFY2(sources.size() >= 3, "resources/forms is not where VIGIA_TEST_SOURCE_DIR says");
    QStringList names;
    for (const QString &path : BuiltinForms::paths()) {
        QVERIFY2(path.startsWith(QLatin1String(":/forms/")), qPrintable(path));
        names << QFileInfo(path).fileName();
    }
    QStringList sourceNames;
    for (const QString &path : sources)
        sourceNames << QFileInfo(path).fileName();
    QCOMPARE(names, sourceNames);
    QVERIFY(names.contains(QStringLiteral("qualitative_finding.json")));
    QVERIFY(names.contains(QStringLiteral("indicator_report.json")));
    QVERIFY(names.contains(QStringLiteral("npa_assessment.json")));
}

void tst_BuiltinForms::loadsTheSameDefinitionsAsTheSources()
{
    auto pack = BuiltinForms::load();
    QVERIFY2(pack.ok(), qPrintable(pack.error().message()));
    const QStringList sources = sourceFiles();
    QCOMPARE(pack.value().size(), sources.size());
    for (qsizetype i = 0; i < sources.size(); ++i) {
        auto source = FormJson::readFile(sources.at(i));
        QVERIFY2(source.ok(), qPrintable(source.error().message()));
        QCOMPARE(pack.value().at(i), source.value());
        // The file is named after its form.
        QCOMPARE(QFileInfo(sources.at(i)).completeBaseName(), pack.value().at(i).formId());
    }
}

void tst_BuiltinForms::everyFormIsValidAndTrilingual()
{
    for (const FormDefinition &form : BuiltinForms::load().value()) {
        const QStringList problems = FormValidator::problems(form);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        for (const char *language : {"en", "es", "pt"}) {
            QVERIFY2(form.languages().contains(QLatin1String(language)),
                     qPrintable(form.formId() + QLatin1Char(' ') + QLatin1String(language)));
            QVERIFY2(!form.title().value(QLatin1String(language)).isEmpty(),
                     qPrintable(form.formId()));
        }
    }
}

void tst_BuiltinForms::packHashIsStableHex()
{
    // The first call computes it (what every vigiactl run pays once).
    QElapsedTimer timer;
    timer.start();
    const QByteArray hash = BuiltinForms::packHash();
    qInfo("pack hash: %lld us", timer.nsecsElapsed() / 1000);
    QCOMPARE(hash.size(), 64);
    for (const char c : hash)
        QVERIFY(std::isxdigit(static_cast<unsigned char>(c)));
    QCOMPARE(BuiltinForms::packHash(), hash);
}

void tst_BuiltinForms::newWorkspaceHoldsThePack()
{
    test::TestWorkspace ws;
    QVERIFY2(ws.isValid(), qPrintable(ws.error()));
    QStringList ids = storedIds(*ws);
    ids.sort();
    QCOMPARE(ids, builtinIds());
    // Exactly what the pack says, not merely forms with those ids.
    for (const FormDefinition &form : BuiltinForms::load().value())
        QCOMPARE(ws->forms().get(form.formId(), form.version()).value(), form);
}

void tst_BuiltinForms::openImportsOnlyWhenThePackIsMissing()
{
    test::TestWorkspace ws;
    QVERIFY(ws.isValid());
    // The forms vanish but the workspace still remembers this pack: an open
    // trusts the remembered hash and parses nothing.
    QVERIFY(exec(*ws, "DELETE FROM forms"));
    QVERIFY(ws.reopen());
    QCOMPARE(storedIds(*ws), QStringList());

    // Another pack remembered (an older Vigia): the open imports this one.
    QVERIFY(exec(*ws, "UPDATE settings SET value = 'older' WHERE key = 'builtin_forms'"));
    QVERIFY(ws.reopen());
    QStringList ids = storedIds(*ws);
    ids.sort();
    QCOMPARE(ids, builtinIds());

    // No pack remembered at all (a workspace from before the pack): same.
    QVERIFY(exec(*ws, "DELETE FROM forms"));
    QVERIFY(exec(*ws, "DELETE FROM settings WHERE key = 'builtin_forms'"));
    QVERIFY(ws.reopen());
    ids = storedIds(*ws);
    ids.sort();
    QCOMPARE(ids, builtinIds());

    // A form present already is not imported twice: it keeps its import time.
    qint64 hlcs = 0;
    {
        Statement before(ws->database().handle(), "SELECT sum(imported_hlc) FROM forms");
        QCOMPARE(before.step(), SQLITE_ROW);
        hlcs = before.columnInt64(0);
    }
    QVERIFY(exec(*ws, "DELETE FROM settings WHERE key = 'builtin_forms'"));
    QVERIFY(ws.reopen());
    Statement after(ws->database().handle(), "SELECT sum(imported_hlc), count(*) FROM forms");
    QCOMPARE(after.step(), SQLITE_ROW);
    QCOMPARE(after.columnInt64(0), hlcs);
    QCOMPARE(after.columnInt64(1), qint64(builtinIds().size()));
}

void tst_BuiltinForms::aConflictingVersionIsLeftAlone()
{
    test::TestWorkspace ws;
    QVERIFY(ws.isValid());
    // Someone's own definition stored under a built-in id and version.
    FormDefinition own = BuiltinForms::load().value().first();
    const QString formId = own.formId();
    const QString version = own.version();
    own.setTitle(QStringLiteral("en"), QStringLiteral("Our own"));
    QVERIFY(exec(*ws, "DELETE FROM forms"));
    QVERIFY(exec(*ws, "DELETE FROM settings WHERE key = 'builtin_forms'"));
    QVERIFY(ws->forms().importDefinition(own).ok());
    // The open succeeds, keeps that definition and imports the others.
    QVERIFY2(ws.reopen(), qPrintable(ws.error()));
    QCOMPARE(ws->forms().get(formId, version).value().title().value(QStringLiteral("en")),
             QStringLiteral("Our own"));
    QCOMPARE(storedIds(*ws).size(), builtinIds().size());
}

void tst_BuiltinForms::openStaysCheap()
{
    test::TestWorkspace ws;
    QVERIFY(ws.isValid());
    // Not an assertion on time (machines differ): the figures for the report.
    const auto timeOpen = [&ws] {
        QElapsedTimer timer;
        timer.start();
        const bool opened = ws.reopen();
        return opened ? timer.nsecsElapsed() / 1000 : -1;
    };
    qint64 remembered = 0;
    qint64 checked = 0;
    constexpr int kRuns = 5;
    for (int i = 0; i < kRuns; ++i) {
        remembered += timeOpen();
        QVERIFY(exec(*ws, "DELETE FROM settings WHERE key = 'builtin_forms'"));
        checked += timeOpen();
    }
    qInfo("open with the pack remembered: %lld us; with the pack parsed and compared: %lld us",
          remembered / kRuns, checked / kRuns);
    QVERIFY(remembered > 0 && checked > 0);
}

QTEST_GUILESS_MAIN(tst_BuiltinForms)
#include "tst_builtinforms.moc"
