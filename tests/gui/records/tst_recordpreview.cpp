// RecordPreview shows a date answer as the list does, not as its stored ISO
// text, never a sensitive answer, and an answer outside repeats once.

#include "common/Language.h"
#include "RecordsTestSupport.h"
#include "store/RecordStore.h"
#include "TestWorkspace.h"
#include "ui/records/RecordPreview.h"

#include <QTest>

#include <memory>

using namespace vigia;

namespace {
const QString kFinding = QStringLiteral("qualitative_finding");
} // namespace

class TestRecordPreview : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestWorkspace> m_ws;
    QUuid m_id;

private slots:
    void initTestCase()
    {
        m_ws = std::make_unique<test::TestWorkspace>();
        QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
        QVERIFY(test::ensurePack(**m_ws));
        const QString version = (*m_ws)->forms().get(kFinding).value().version();
        auto id = (*m_ws)->records().create(
            kFinding, version,
            {{QStringLiteral("date"), QStringLiteral("2026-12-04")},
             {QStringLiteral("narrative"), QStringLiteral("Families crossing at night")}});
        QVERIFY(id);
        m_id = id.value();
    }

    void cleanupTestCase()
    {
        m_ws.reset();
        Language::install(QStringLiteral("en"));
    }

    void datesReadAsInTheList_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("date");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("12/4/2026");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("4/12/2026");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("04/12/2026");
    }

    void datesReadAsInTheList()
    {
        QFETCH(QString, language);
        QFETCH(QString, date);
        Language::install(language);
        RecordPreview preview(**m_ws);
        preview.showRecord(m_id);
        const QString text = preview.plainText();
        QVERIFY2(text.contains(date), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("2026-12-04")), qPrintable(text));
    }

    // The finding's narrative is marked sensitive: the preview names the
    // question and says where to read it, and only the open record shows it.
    void aSensitiveAnswerIsNotPreviewed()
    {
        Language::install(QStringLiteral("en"));
        RecordPreview preview(**m_ws);
        preview.showRecord(m_id);
        const QString text = preview.plainText();
        QVERIFY2(!text.contains(QLatin1String("Families crossing")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Narrative")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("open the record")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("12/4/2026")));
    }

    // A name used outside a repeat and again inside it: the answer stored at
    // "name" is the respondent's, never shown as a member's.
    void aNameReusedInARepeatShowsOnce()
    {
        Language::install(QStringLiteral("en"));
        auto form = FormJson::read(R"({"format_version": 1,
            "settings": {"form_id": "roster", "version": "1", "default_language": "en"},
            "survey": [
                {"name": "name", "type": "text", "label": {"en": "Your name"}},
                {"name": "contact", "type": "group", "children": [
                    {"name": "name", "type": "text", "label": {"en": "Contact name"}}
                ]},
                {"name": "members", "type": "repeat", "label": {"en": "Members"}, "children": [
                    {"name": "name", "type": "text", "label": {"en": "Member name"}}
                ]}
            ]})",
                                   QStringLiteral("roster.json"));
        QVERIFY(form);
        QVERIFY((*m_ws)->forms().importDefinition(form.value()));
        auto id =
            (*m_ws)->records().create(QStringLiteral("roster"), QStringLiteral("1"),
                                      {{QStringLiteral("name"), QStringLiteral("Ana")},
                                       {QStringLiteral("contact/name"), QStringLiteral("Dee")},
                                       {QStringLiteral("members[1]/name"), QStringLiteral("Bo")}});
        QVERIFY(id);
        RecordPreview preview(**m_ws);
        preview.showRecord(id.value());
        const QString text = preview.plainText();
        QVERIFY2(text.contains(QLatin1String("Your name")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("Member name")), qPrintable(text));
        QCOMPARE(text.count(QLatin1String("Ana")), 1);
        // Used twice at the top level: stored under its group path.
        QVERIFY2(text.contains(QLatin1String("Contact name")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Dee")), qPrintable(text));
    }
};

QTEST_MAIN(TestRecordPreview)
#include "tst_recordpreview.moc"
