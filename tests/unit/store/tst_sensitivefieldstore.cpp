// Answers to fields a form marks `sensitive` stay out of the records list's
// lines and the search index, whenever the form version arrives and in
// stores indexed before (schema 9); the record itself still holds them.
#include "db/Database.h"
#include "db/Statement.h"
#include "forms/FormJson.h"
#include "forms/SensitiveFields.h"
#include "oplog/OpLog.h"
#include "store/FormStore.h"
#include "store/Migrations.h"
#include "store/RecordFilter.h"
#include "store/RecordStore.h"
#include "TestWorkspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace vigia;

namespace {
// `sensitive` on a question, on a group (its rows inherit it) and on a
// question in a repeat; version 2 no longer marks the reporter.
QByteArray intakeForm(const char *version, bool reporterSensitive)
{
    return QByteArray(R"({
    "format_version": 1,
    "settings": { "default_language": "en", "form_id": "intake",
                  "title": { "en": "Intake" }, "version": ")") +
           version + R"(" },
    "survey": [
        { "label": { "en": "Place" }, "name": "place", "type": "text" },
        { "label": { "en": "Reporter" }, "name": "reporter", "sensitive": )" +
           (reporterSensitive ? "true" : "false") + R"(, "type": "text" },
        { "label": { "en": "Story" }, "name": "narrative", "sensitive": true,
          "type": "narrative" },
        { "children": [
              { "label": { "en": "Phone note" }, "name": "phone_note", "type": "text" }
          ],
          "label": { "en": "Contact" }, "name": "contact", "sensitive": true, "type": "group" },
        { "children": [
              { "label": { "en": "Role" }, "name": "role", "type": "text" },
              { "label": { "en": "Nickname" }, "name": "nickname", "sensitive": true,
                "type": "text" }
          ],
          "label": { "en": "People" }, "name": "people", "type": "repeat" }
    ]
})";
}

FormDefinition intake(const char *version = "1", bool reporterSensitive = true)
{
    auto form = FormJson::read(intakeForm(version, reporterSensitive), QStringLiteral("intake"));
    if (!form)
        qFatal("intake: %s", qPrintable(form.error().message()));
    return form.take();
}

// Words no other answer starts like: FTS5 keeps a term's first letters
// shared with the term before it, so the pages are searched for the rest.
const QStringList kCanaries = {QStringLiteral("Xwreporterbeta"), QStringLiteral("Zqrelatoalfa"),
                               QStringLiteral("Jktelefonogama"), QStringLiteral("Vqapododelta")};

RecordStore::Values answers()
{
    return {{QStringLiteral("place"), QStringLiteral("mercado de Puerto Quijarro")},
            {QStringLiteral("reporter"), kCanaries[0] + QStringLiteral(" de la feria")},
            {QStringLiteral("narrative"), kCanaries[1] + QStringLiteral(" junto al puente")},
            {QStringLiteral("phone_note"), kCanaries[2]},
            {QStringLiteral("people[1]/role"), QStringLiteral("vendedora ambulante")},
            {QStringLiteral("people[1]/nickname"), kCanaries[3]}};
}

int found(RecordStore &records, const QString &words)
{
    RecordFilter f;
    f.search = words;
    auto n = records.count(f);
    return n ? n.value() : -1;
}

// What the list and the index hold of every record, as one text.
QString indexedText(Database &db)
{
    Statement st(db.handle(), "SELECT coalesce(summary, '') || '|' || coalesce(other_text, '') "
                              "FROM records");
    QString all;
    while (st.step() == SQLITE_ROW)
        all += st.columnText(0) + QLatin1Char('\n');
    return all;
}

// The index's own pages: FTS5 keeps a removed entry there until it merges.
QByteArray indexPages(Database &db)
{
    Statement st(db.handle(), "SELECT block FROM record_text_data");
    QByteArray all;
    while (st.step() == SQLITE_ROW)
        all += st.columnBlob(0);
    return all;
}

QString leaked(Database &db, RecordStore &records)
{
    const QString text = indexedText(db);
    const QByteArray pages = indexPages(db).toLower();
    for (const QString &canary : kCanaries) {
        if (text.contains(canary))
            return canary + QStringLiteral(" in the list text");
        if (found(records, canary) != 0)
            return canary + QStringLiteral(" found by a search");
        if (pages.contains(canary.toLower().toUtf8().mid(2)))
            return canary + QStringLiteral(" in the index's pages");
    }
    return {};
}
} // namespace

class TestSensitiveFieldStore : public QObject
{
    Q_OBJECT

private slots:
    void theFormSaysWhichFieldsAreSensitive()
    {
        QCOMPARE(SensitiveFields::of(intake()),
                 (QStringList{QStringLiteral("reporter"), QStringLiteral("narrative"),
                              QStringLiteral("contact"), QStringLiteral("phone_note"),
                              QStringLiteral("nickname")}));
        QCOMPARE(SensitiveFields::of(intake("2", false)).contains(QStringLiteral("reporter")),
                 false);
    }

    void aSensitiveAnswerIsInNoListLineAndNoSearch()
    {
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QVERIFY(ws->forms().importDefinition(intake()));
        RecordStore &records = ws->records();
        auto id = records.create(QStringLiteral("intake"), QStringLiteral("1"), answers());
        QVERIFY(id);
        QVERIFY(records.finalize(id.value()));

        QCOMPARE(leaked(ws->database(), records), QString());
        // The rest of the record is listed and found as before...
        auto lines = records.summaries(RecordFilter{});
        QVERIFY(lines && lines.value().size() == 1);
        QCOMPARE(lines.value().first().summary(), QStringLiteral("mercado de Puerto Quijarro"));
        QCOMPARE(found(records, QStringLiteral("Quijarro")), 1);
        QCOMPARE(found(records, QStringLiteral("ambulante")), 1);
        // ...and the record itself, which the editor opens, has every answer.
        auto record = records.get(id.value());
        QVERIFY(record);
        QCOMPARE(record.value().values.value(QStringLiteral("narrative")).toString(),
                 kCanaries[1] + QStringLiteral(" junto al puente"));
        QCOMPARE(record.value().values.value(QStringLiteral("people[1]/nickname")).toString(),
                 kCanaries[3]);
    }

    // Each version says for itself: the reporter is found in version 2.
    void theRecordsVersionDecides()
    {
        test::TestWorkspace ws;
        QVERIFY(ws->forms().importDefinition(intake()));
        QVERIFY(ws->forms().importDefinition(intake("2", false)));
        QVERIFY(ws->records().create(QStringLiteral("intake"), QStringLiteral("1"), answers()));
        QVERIFY(ws->records().create(QStringLiteral("intake"), QStringLiteral("2"), answers()));
        QCOMPARE(found(ws->records(), kCanaries[0]), 1);
        QCOMPARE(found(ws->records(), kCanaries[1]), 0);
    }

    // Records can arrive (merged from another device) before their form
    // version is imported here: importing it takes their answers out.
    void importingTheFormLaterTakesTheAnswersOut()
    {
        test::TestWorkspace ws;
        RecordStore &records = ws->records();
        QVERIFY(records.create(QStringLiteral("intake"), QStringLiteral("1"), answers()));
        QCOMPARE(found(records, kCanaries[1]), 1);
        QVERIFY(ws->forms().importDefinition(intake()));
        QCOMPARE(leaked(ws->database(), records), QString());
        QCOMPARE(found(records, QStringLiteral("Quijarro")), 1);
        QVERIFY(ws->database()
                    .exec("INSERT INTO record_text(record_text, rank) VALUES "
                          "('integrity-check', 1)")
                    .ok());
    }

    // A store indexed before schema 9 held the answers in its index; the
    // migration takes them out, from the pages too.
    void theMigrationTakesThemOutOfAnExistingIndex()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QVERIFY(Migrations::migrateTo(*db.value(), 8));
            // As version 8 imported a form: the definition only.
            Statement st(db.value()->handle(),
                         "INSERT INTO forms(form_id, version, definition) VALUES (?1, ?2, ?3)");
            st.bindText(1, QStringLiteral("intake"))
                .bindText(2, QStringLiteral("1"))
                .bind(3, FormJson::write(intake()));
            QCOMPARE(st.run(), SQLITE_DONE);
            OpLog log(*db.value(), QByteArray(16, '\1'));
            RecordStore records(*db.value(), log);
            for (int i = 0; i < 3; ++i)
                QVERIFY(records.create(QStringLiteral("intake"), QStringLiteral("1"), answers()));
            QCOMPARE(found(records, kCanaries[1]), 3);
            QVERIFY(indexPages(*db.value()).contains("relatoalfa"));
        }
        auto db = Migrations::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message()));
        OpLog log(*db.value(), QByteArray(16, '\1'));
        RecordStore records(*db.value(), log);
        QCOMPARE(leaked(*db.value(), records), QString());
        QCOMPARE(found(records, QStringLiteral("Quijarro")), 3);
        QVERIFY(db.value()
                    ->exec("INSERT INTO record_text(record_text, rank) VALUES "
                           "('integrity-check', 1)")
                    .ok());
    }
};

QTEST_GUILESS_MAIN(TestSensitiveFieldStore)
#include "tst_sensitivefieldstore.moc"
