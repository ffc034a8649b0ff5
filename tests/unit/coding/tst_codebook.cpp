#include "oplog/OpLog.h"
#include "store/Codebook.h"
#include "store/CodingStore.h"
#include "store/RecordStore.h"
#include "TestWorkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace vigia;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

Code named(const char *en, const QUuid &parent = {})
{
    Code c;
    c.nameEn = s(en);
    c.parent = parent;
    return c;
}

const Code *find(const QList<Code> &codes, const QUuid &id)
{
    for (const Code &c : codes) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}
} // namespace

class TestCodebook : public QObject
{
    Q_OBJECT

private slots:
    void seedCreatesTheKeyChallengesOnce()
    {
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        auto created = Codebook::seedIfEmpty(ws->database(), ws->oplog());
        QVERIFY2(created.ok(), qPrintable(created.error().message()));
        QVERIFY(created.value() >= 12 + 5);
        Codebook book(ws->database(), ws->oplog());
        const QList<Code> codes = book.list().value();
        QCOMPARE(codes.size(), created.value());
        // Every one of the twelve key challenges, with three names and a colour.
        for (const char *key : {"prevention", "npa", "impunity", "migration", "tolerance", "demand",
                                "legal_definitions", "recovery", "participation", "online",
                                "private_sector", "data"}) {
            const Code *c = find(codes, Codebook::seedId(QString::fromLatin1(key)));
            QVERIFY2(c, key);
            QVERIFY(!c->nameEn.isEmpty() && !c->nameEs.isEmpty() && !c->namePt.isEmpty());
            QVERIFY(Codebook::isValidColor(c->color));
            QVERIFY(!c->parent.isNull());
        }
        const Code *migration = find(codes, Codebook::seedId(s("migration")));
        QCOMPARE(migration->name(s("es")), s("Migración insegura"));
        QCOMPARE(migration->name(s("pt_BR")), s("Migração insegura"));
        QCOMPARE(migration->name(s("en")), s("Unsafe migration"));
        QCOMPARE(migration->parent, Codebook::seedId(s("prevention_group")));
        // Stored in English on every device, shown in the reader's language
        // until somebody edits it; an edited description shows as written.
        QVERIFY(migration->description.startsWith(s("Children")));
        const auto described = [&](const QString &language) {
            for (const CodeNode &group : book.tree(language).value()) {
                for (const CodeNode &node : group.children) {
                    if (node.code.id == migration->id)
                        return node.code.description;
                }
            }
            return QString();
        };
        QVERIFY(described(s("es")).startsWith(s("Niñas")));
        QVERIFY(described(s("pt_BR")).startsWith(s("Crianças")));
        QVERIFY(book.describe(migration->id, s("Nota del equipo")).ok());
        QCOMPARE(described(s("pt_BR")), s("Nota del equipo"));
        QCOMPARE(described(s("en")), s("Nota del equipo"));

        QCOMPARE(Codebook::seedIfEmpty(ws->database(), ws->oplog()).value(), 0);
        QCOMPARE(book.list().value().size(), codes.size());
        // Baseline ops: older than any edit anywhere.
        int seedOps = 0;
        for (const Op &op : ws->oplog().opsOf(ws->oplog().deviceId()).value()) {
            if (op.entity == Codebook::kEntity && op.field == s("color")) {
                QCOMPARE(op.hlc, OpLog::kBaselineHlc);
                ++seedOps;
            }
        }
        QCOMPARE(seedOps, codes.size());
    }

    void seedDoesNotComeBackAfterEverythingIsDeleted()
    {
        test::TestWorkspace ws;
        Codebook book(ws->database(), ws->oplog());
        const QUuid only = book.create(named("Only")).value();
        QVERIFY(book.remove(only).ok());
        QCOMPARE(Codebook::seedIfEmpty(ws->database(), ws->oplog()).value(), 0);
        QVERIFY(book.list().value().isEmpty());
    }

    void seedFileMatchesDomain()
    {
        QFile f(s(":/codebook/seed.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto doc = QJsonDocument::fromJson(f.readAll());
        QVERIFY(doc.isObject());
        QCOMPARE(doc.object().value(s("codes")).toArray().size(), 5);
    }

    void createRenameRecolorDescribe()
    {
        test::TestWorkspace ws;
        Codebook book(ws->database(), ws->oplog());
        auto id = book.create(named("Border crossings"));
        QVERIFY2(id.ok(), qPrintable(id.error().message()));
        Code c = book.get(id.value()).value();
        QCOMPARE(c.nameEn, s("Border crossings"));
        QVERIFY(Codebook::isValidColor(c.color));
        QCOMPARE(c.name(s("es")), s("Border crossings")); // falls back

        QVERIFY(book.rename(id.value(), s("es"), s("Cruces de frontera")).ok());
        QVERIFY(book.rename(id.value(), s("pt"), s("  Travessias de fronteira ")).ok());
        QVERIFY(book.recolor(id.value(), s("#AA0011")).ok());
        QVERIFY(book.describe(id.value(), s("Where children cross.")).ok());
        c = book.get(id.value()).value();
        QCOMPARE(c.name(s("es")), s("Cruces de frontera"));
        QCOMPARE(c.namePt, s("Travessias de fronteira"));
        QCOMPARE(c.color, s("#aa0011"));
        QCOMPARE(c.description, s("Where children cross."));

        QCOMPARE(book.rename(id.value(), s("fr"), s("x")).error().code(), ErrorCode::Usage);
        QCOMPARE(book.recolor(id.value(), s("red")).error().code(), ErrorCode::Usage);
        QCOMPARE(book.create(named("  ")).error().code(), ErrorCode::Validation);
        // Clearing one language is fine, clearing the last name is not.
        QVERIFY(book.rename(id.value(), s("es"), QString()).ok());
        QVERIFY(book.rename(id.value(), s("pt"), QString()).ok());
        QCOMPARE(book.rename(id.value(), s("en"), s(" ")).error().code(), ErrorCode::Validation);
        QCOMPARE(book.get(id.value()).value().nameEn, s("Border crossings"));
    }

    void changesAreOps()
    {
        test::TestWorkspace ws;
        Codebook book(ws->database(), ws->oplog());
        const QUuid id = book.create(named("A")).value();
        QVERIFY(book.rename(id, s("es"), s("Á")).ok());
        auto ops = ws->oplog().opsOf(ws->oplog().deviceId());
        QVERIFY(ops.ok());
        int codeOps = 0;
        for (const Op &op : ops.value()) {
            if (op.entity == Codebook::kEntity && op.row == id.toRfc4122())
                ++codeOps;
        }
        QCOMPARE(codeOps, 7 + 1);
    }

    void moveRefusesCycles()
    {
        test::TestWorkspace ws;
        Codebook book(ws->database(), ws->oplog());
        const QUuid a = book.create(named("A")).value();
        const QUuid b = book.create(named("B", a)).value();
        const QUuid c = book.create(named("C", b)).value();
        QCOMPARE(book.move(a, c).error().code(), ErrorCode::Validation);
        QCOMPARE(book.move(a, a).error().code(), ErrorCode::Validation);
        QVERIFY(book.move(c, a).ok());
        QCOMPARE(book.get(c).value().parent, a);
        QVERIFY(book.move(b, QUuid()).ok());
        QVERIFY(book.get(b).value().parent.isNull());
        QVERIFY(book.move(a, b).ok());
        const auto tree = book.tree(s("en")).value();
        QCOMPARE(tree.size(), 1);
        QCOMPARE(tree.first().code.id, b);
        QCOMPARE(tree.first().children.first().code.id, a);
        QCOMPARE(tree.first().children.first().children.first().code.id, c);
    }

    void mergeMovesCodingsAndSubCodes()
    {
        test::TestWorkspace ws;
        Codebook book(ws->database(), ws->oplog());
        CodingStore codings(ws->database(), ws->oplog());
        const QUuid rec = ws->records()
                              .create(s("finding"), s("1"), {{s("narrative"), s("abc def ghi")}})
                              .value();
        const QUuid a = book.create(named("A")).value();
        const QUuid b = book.create(named("B")).value();
        const QUuid kid = book.create(named("A child", a)).value();
        for (int i = 0; i < 3; ++i) {
            Coding c;
            c.recordId = rec;
            c.field = s("narrative");
            c.codeId = i < 2 ? a : b;
            c.start = 4 * i;
            c.end = 4 * i + 3;
            c.quote = s("abc def ghi").mid(c.start, 3);
            QVERIFY(codings.apply(c).ok());
        }
        QCOMPARE(book.counts().value().value(a), 2);
        QCOMPARE(book.merge(a, kid).error().code(), ErrorCode::Validation);
        QCOMPARE(book.merge(a, a).error().code(), ErrorCode::Usage);
        QVERIFY(book.merge(a, b).ok());
        QVERIFY(book.get(a).value().deleted);
        QCOMPARE(book.get(kid).value().parent, b);
        QCOMPARE(book.counts().value().value(b), 3);
        QCOMPARE(book.counts().value().value(a), 0);
        QCOMPARE(codings.forCode(b).value().size(), 3);
        const auto tree = book.tree(s("en")).value();
        QCOMPARE(tree.size(), 1);
        QCOMPARE(tree.first().totalCount, 3);
        QCOMPARE(book.merge(a, b).error().code(), ErrorCode::Validation); // already gone
    }

    void removeKeepsCodingsForRestore()
    {
        test::TestWorkspace ws;
        Codebook book(ws->database(), ws->oplog());
        CodingStore codings(ws->database(), ws->oplog());
        const QUuid rec =
            ws->records().create(s("finding"), s("1"), {{s("narrative"), s("abc")}}).value();
        const QUuid parent = book.create(named("P")).value();
        const QUuid a = book.create(named("A", parent)).value();
        const QUuid kid = book.create(named("Kid", a)).value();
        Coding c;
        c.recordId = rec;
        c.field = s("narrative");
        c.codeId = a;
        c.start = 0;
        c.end = 3;
        c.quote = s("abc");
        const QUuid coding = codings.apply(c).value();
        QVERIFY(book.remove(a).ok());
        QCOMPARE(book.get(kid).value().parent, parent); // moved up
        QVERIFY(!find(book.list().value(), a));
        QVERIFY(codings.forRecord(rec).value().isEmpty());
        QCOMPARE(codings.get(coding).value().codeId, a);
        QVERIFY(book.restore(a).ok());
        QCOMPARE(codings.forRecord(rec).value().size(), 1);
        QCOMPARE(book.restore(a).error().code(), ErrorCode::Validation);

        // Deleting with a target keeps the codings visible.
        QVERIFY(book.remove(a, parent).ok());
        QCOMPARE(codings.get(coding).value().codeId, parent);
        QCOMPARE(book.counts().value().value(parent), 1);
    }

    void countsIgnoreDeletedRecordsAndCodings()
    {
        test::TestWorkspace ws;
        Codebook book(ws->database(), ws->oplog());
        CodingStore codings(ws->database(), ws->oplog());
        const QUuid a = book.create(named("A")).value();
        QList<QUuid> recs;
        QList<QUuid> ids;
        for (int i = 0; i < 3; ++i) {
            recs.append(
                ws->records().create(s("finding"), s("1"), {{s("narrative"), s("xyz")}}).value());
            Coding c;
            c.recordId = recs.last();
            c.field = s("narrative");
            c.codeId = a;
            c.start = 0;
            c.end = 3;
            c.quote = s("xyz");
            ids.append(codings.apply(c).value());
        }
        QCOMPARE(book.counts().value().value(a), 3);
        QVERIFY(ws->records().remove(recs[0]).ok());
        QVERIFY(codings.remove(ids[1]).ok());
        QCOMPARE(book.counts().value().value(a), 1);
        QCOMPARE(find(book.list().value(), a)->count, 1);
    }

    void treeSortsByInterfaceLanguage()
    {
        test::TestWorkspace ws;
        Codebook book(ws->database(), ws->oplog());
        Code x = named("Zebra");
        x.nameEs = s("Asno");
        Code y = named("Apple");
        y.nameEs = s("Manzana");
        const QUuid xid = book.create(x).value();
        const QUuid yid = book.create(y).value();
        QCOMPARE(book.tree(s("en")).value().first().code.id, yid);
        QCOMPARE(book.tree(s("es")).value().first().code.id, xid);
    }

    void survivesReopen()
    {
        test::TestWorkspace ws;
        QUuid id;
        {
            Codebook book(ws->database(), ws->oplog());
            id = book.create(named("Kept")).value();
        }
        QVERIFY(ws.reopen());
        Codebook book(ws->database(), ws->oplog());
        QCOMPARE(book.get(id).value().nameEn, s("Kept"));
    }
};

QTEST_GUILESS_MAIN(TestCodebook)
#include "tst_codebook.moc"
