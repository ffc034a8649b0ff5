// Published forms (docs/store.md, "Published forms"): a coordinator
// publishes a form version on its project stream; every member receives it
// whole and finds it in its form list; a researcher's draft keeps its
// version while new records take the latest; a researcher's forged
// publication and a version that contradicts a stored one are refused with
// nothing applied; applying twice changes nothing; nobody holds pending ops.

#include "FakeProject.h"
#include "ProjectTestKit.h"

#include "db/Transaction.h"
#include "forms/FormJson.h"
#include "oplog/OpLog.h"
#include "store/Codebook.h"
#include "store/FormPublication.h"
#include "store/FormStore.h"
#include "store/RecordStore.h"

#include <QTest>

using namespace vigia;
using namespace vigia::projecttest;
using test::FakeProject;

using Outcomes = QList<Result<ChangeImporter::Outcome>>;

namespace {
const QString kAlice = QStringLiteral("alice");
const QString kBob = QStringLiteral("bob");
const QString kDeputy = QStringLiteral("deputy");
const QString &kCoordinator = FakeProject::kCoordinator;
const QString kForm = QStringLiteral("checkpoint");

// A valid form; `extra` adds a question, `filler` makes the definition large.
FormDefinition form(const QString &version, bool extra = false, int filler = 0)
{
    QString rows = QStringLiteral(R"({"type": "text", "name": "place", "label": {"en": "Place"}})");
    if (extra)
        rows += QStringLiteral(
            R"(, {"type": "integer", "name": "people", "label": {"en": "People seen"}})");
    for (int i = 0; i < filler; ++i)
        rows += QStringLiteral(R"(, {"type": "note", "name": "note%1", "label": {"en": "%2"}})")
                    .arg(i)
                    .arg(QString(200, QLatin1Char('a' + i % 26)));
    const QString json = QStringLiteral(R"({"format_version": 1,
            "settings": {"form_id": "%1", "version": "%2", "default_language": "en",
                         "title": {"en": "Checkpoint"}},
            "survey": [%3]})")
                             .arg(kForm, version, rows);
    auto definition = FormJson::read(json.toUtf8(), QStringLiteral("test"));
    if (!definition)
        qWarning() << definition.error().message();
    return definition.ok() ? definition.value() : FormDefinition();
}

FormPublication publisher(Workspace &ws)
{
    return FormPublication(ws.database(), ws.oplog(), ws.forms(), ws.role());
}

bool publish(Workspace &ws, const FormDefinition &definition)
{
    auto added = ws.forms().importDefinition(definition);
    auto published = publisher(ws).publish(definition.formId(), definition.version());
    if (!published)
        qWarning() << published.error().message();
    return added && published && published.value() == FormPublication::Outcome::Published;
}

QStringList versionsOf(Workspace &ws)
{
    auto versions = ws.forms().versions(kForm);
    return versions ? versions.value() : QStringList{QStringLiteral("error")};
}

QString failures(const Outcomes &outcomes)
{
    QStringList out;
    for (const auto &o : outcomes) {
        if (!o)
            out << o.error().message();
    }
    return out.join(QStringLiteral(" | "));
}

bool applied(const Outcomes &outcomes)
{
    return !outcomes.isEmpty() && failures(outcomes).isEmpty();
}

qint64 pendingEverywhere(FakeProject &p)
{
    qint64 n = 0;
    for (const QString &name : p.devices())
        n += count(p.workspace(name), "SELECT count(*) FROM pending_ops");
    return n;
}

QString versionOf(Workspace &ws, const QUuid &record)
{
    auto r = ws.records().get(record);
    return r ? r.value().formVersion : QString();
}
} // namespace

class TestFormPublish : public QObject
{
    Q_OBJECT

private slots:
    void aPublishedFormReachesEveryMemberAndOldDraftsKeepTheirVersion()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kDeputy, Role::Coordinator), qPrintable(p.error()));
        QVERIFY2(p.addDevice(kAlice), qPrintable(p.error()));
        QVERIFY2(p.addDevice(kBob), qPrintable(p.error()));
        Workspace &coordinator = p.workspace(kCoordinator);
        Workspace &alice = p.workspace(kAlice);

        QVERIFY(publish(coordinator, form(QStringLiteral("1"))));
        for (const QString &to : {kDeputy, kAlice, kBob}) {
            const Outcomes outcomes = p.carry(kCoordinator, to);
            QVERIFY2(applied(outcomes), qPrintable(to + QLatin1Char(' ') + failures(outcomes)));
            QCOMPARE(versionsOf(p.workspace(to)), QStringList{QStringLiteral("1")});
        }
        QCOMPARE(pendingEverywhere(p), 0);

        // Alice starts a record on version 1 and leaves it a draft.
        auto latest = alice.forms().get(kForm);
        QVERIFY(latest.ok());
        QCOMPARE(latest.value().version(), QStringLiteral("1"));
        auto draft = alice.records().create(kForm, latest.value().version(),
                                            {{QStringLiteral("place"), QStringLiteral("river")}});
        QVERIFY(draft.ok());

        // Version 2, large enough to travel compressed, from the deputy.
        Workspace &deputy = p.workspace(kDeputy);
        const FormDefinition second = form(QStringLiteral("2"), true, 120);
        QVERIFY(FormJson::write(second).size() > 16 * 1024);
        QVERIFY(publish(deputy, second));
        for (const QString &to : {kCoordinator, kAlice, kBob}) {
            const Outcomes outcomes = p.carry(kDeputy, to);
            QVERIFY2(applied(outcomes), qPrintable(to + QLatin1Char(' ') + failures(outcomes)));
            QCOMPARE(versionsOf(p.workspace(to)),
                     (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
            QCOMPARE(FormJson::write(p.workspace(to).forms().get(kForm).value()),
                     FormJson::write(second));
        }
        QCOMPARE(pendingEverywhere(p), 0);

        // The draft keeps its version; a new record takes the latest.
        QCOMPARE(versionOf(alice, draft.value()), QStringLiteral("1"));
        latest = alice.forms().get(kForm);
        QCOMPARE(latest.value().version(), QStringLiteral("2"));
        auto fresh = alice.records().create(
            kForm, latest.value().version(),
            {{QStringLiteral("place"), QStringLiteral("bridge")}, {QStringLiteral("people"), 4}},
            true);
        QVERIFY(fresh.ok());
        QCOMPARE(versionOf(alice, fresh.value()), QStringLiteral("2"));
        QVERIFY(alice.records().finalize(draft.value()).ok());
        QVERIFY(applied(p.carry(kAlice, kCoordinator)));
        QVERIFY(applied(p.carry(kAlice, kDeputy)));
        QCOMPARE(versionOf(coordinator, draft.value()), QStringLiteral("1"));
        QCOMPARE(versionOf(coordinator, fresh.value()), QStringLiteral("2"));

        // Everyone sends what it has (researchers to coordinators): the project
        // converges.
        for (const QString &from : p.devices()) {
            for (const QString &to : p.devices()) {
                const bool researchers = p.workspace(from).role() == Role::Researcher &&
                                         p.workspace(to).role() == Role::Researcher;
                if (from == to || researchers)
                    continue;
                const Outcomes outcomes = p.carry(from, to);
                QVERIFY2(failures(outcomes).isEmpty(), qPrintable(failures(outcomes)));
            }
        }
        QCOMPARE(pendingEverywhere(p), 0);
        QCOMPARE(p.stateHash(kCoordinator), p.stateHash(kDeputy));
        QVERIFY2(p.converged(), qPrintable(p.divergence()));
    }

    void publishingTwiceChangesNothing()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kAlice), qPrintable(p.error()));
        Workspace &coordinator = p.workspace(kCoordinator);
        QVERIFY(publish(coordinator, form(QStringLiteral("1"))));
        const qint64 ops = count(coordinator, "SELECT count(*) FROM ops");
        auto again = publisher(coordinator).publish(kForm, QStringLiteral("1"));
        QVERIFY(again.ok());
        QCOMPARE(again.value(), FormPublication::Outcome::Unchanged);
        QCOMPARE(count(coordinator, "SELECT count(*) FROM ops"), ops);

        // Without a receipt every export sends the publication again.
        QVERIFY(applied(p.carry(kCoordinator, kAlice)));
        const QByteArray hash = p.stateHash(kAlice);
        const Outcomes twice = p.carry(kCoordinator, kAlice);
        QVERIFY2(applied(twice), qPrintable(failures(twice)));
        QCOMPARE(twice.first().value().applied, 0);
        QCOMPARE(p.stateHash(kAlice), hash);
        QCOMPARE(versionsOf(p.workspace(kAlice)), QStringList{QStringLiteral("1")});

        // The same file imported again is already applied.
        const ChangeExporter::Exported &sent = p.lastExport();
        int replayed = 0;
        for (qsizetype i = 0; i < sent.paths.size(); ++i) {
            if (!sent.recipients.at(i).contains(p.deviceId(kAlice)))
                continue;
            auto replay = ChangeImporter(p.workspace(kAlice)).importFile(sent.paths.at(i));
            QVERIFY(replay.ok());
            QCOMPARE(replay.value().kind, ChangeImporter::Outcome::Kind::AlreadyApplied);
            ++replayed;
        }
        QVERIFY(replayed > 0);
        QCOMPARE(p.stateHash(kAlice), hash);
        QCOMPARE(pendingEverywhere(p), 0);
    }

    void aResearcherCannotPublish()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kAlice), qPrintable(p.error()));
        Workspace &alice = p.workspace(kAlice);
        QVERIFY(alice.forms().importDefinition(form(QStringLiteral("1"))).ok());
        auto refused = publisher(alice).publish(kForm, QStringLiteral("1"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::Validation);

        // Alice's device, altered to skip that check, writes the op itself.
        const FormDefinition forged = form(QStringLiteral("9"));
        {
            Transaction txn(alice.database());
            QVERIFY(alice.oplog()
                        .append(FormPublication::kEntity,
                                FormPublication::rowOf(kForm, QStringLiteral("9")),
                                FormPublication::kDefinition,
                                FormPublication::encode(FormJson::write(forged)))
                        .ok());
            QVERIFY(txn.commit());
        }
        Workspace &coordinator = p.workspace(kCoordinator);
        const QByteArray before = p.stateHash(kCoordinator);
        const Outcomes outcomes = p.carry(kAlice, kCoordinator);
        QCOMPARE(outcomes.size(), 1);
        QVERIFY(!outcomes.first());
        QCOMPARE(outcomes.first().error().code(), ErrorCode::Untrusted);
        QVERIFY2(outcomes.first().error().message().contains(QStringLiteral("only a coordinator")),
                 qPrintable(outcomes.first().error().message()));
        QCOMPARE(p.stateHash(kCoordinator), before);
        QVERIFY(versionsOf(coordinator).isEmpty());
    }

    void aDifferentDefinitionUnderAStoredVersionIsRefused()
    {
        FakeProject p;
        QVERIFY2(p.addDevice(kAlice), qPrintable(p.error()));
        Workspace &coordinator = p.workspace(kCoordinator);
        Workspace &alice = p.workspace(kAlice);
        // Alice imported her own copy of version 1, then the coordinator
        // publishes another definition under it, with a codebook edit.
        const FormDefinition hers = form(QStringLiteral("1"), true);
        QVERIFY(alice.forms().importDefinition(hers).ok());
        QVERIFY(publish(coordinator, form(QStringLiteral("1"))));
        const QByteArray before = p.stateHash(kAlice);
        const Outcomes outcomes = p.carry(kCoordinator, kAlice);
        QCOMPARE(outcomes.size(), 1);
        QVERIFY(!outcomes.first());
        QCOMPARE(outcomes.first().error().code(), ErrorCode::Validation);
        QVERIFY2(outcomes.first().error().message().contains(QStringLiteral("new version")),
                 qPrintable(outcomes.first().error().message()));
        QCOMPARE(p.stateHash(kAlice), before);
        QCOMPARE(FormJson::write(alice.forms().get(kForm).value()), FormJson::write(hers));
        QCOMPARE(count(alice, "SELECT count(*) FROM pending_ops"), 0);

        // A forged value under the row of another version is no publication.
        auto wrongRow =
            FormPublication::decode(FormPublication::encode(FormJson::write(hers)).toCbor(),
                                    FormPublication::rowOf(kForm, QStringLiteral("2")));
        QVERIFY(!wrongRow.ok());
        QCOMPARE(wrongRow.error().code(), ErrorCode::Corrupt);
    }
};

QTEST_GUILESS_MAIN(TestFormPublish)
#include "tst_formpublish.moc"
