#include "store/Codebook.h"
#include "store/CodingStore.h"
#include "store/RecordStore.h"
#include "TestWorkspace.h"

#include <QTest>

using namespace vigia;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString kNarrative = QStringLiteral("narrative");

struct Fixture
{
    test::TestWorkspace ws;
    Codebook book{ws->database(), ws->oplog()};
    CodingStore codings{ws->database(), ws->oplog()};
    QUuid code;
    QUuid record;

    explicit Fixture(const QString &text)
    {
        Code c;
        c.nameEn = s("Unsafe migration");
        code = book.create(c).value();
        record = ws->records().create(s("finding"), s("1"), {{kNarrative, text}}).value();
    }

    Result<QUuid> apply(const QString &text, const QString &quote, const QString &memo = {})
    {
        Coding c;
        c.recordId = record;
        c.field = kNarrative;
        c.codeId = code;
        c.start = int(text.indexOf(quote));
        c.end = c.start + int(quote.size());
        c.quote = quote;
        c.memo = memo;
        return codings.apply(c);
    }
};
} // namespace

class TestCodingStore : public QObject
{
    Q_OBJECT

private slots:
    void applyAndList()
    {
        const QString text = s("En Tapachula los niños cruzan solos. Nadie los registra.");
        Fixture f(text);
        auto a = f.apply(text, s("Nadie los registra"), s("no data"));
        auto b = f.apply(text, s("los niños cruzan solos"));
        QVERIFY2(a.ok(), qPrintable(a.error().message()));
        QVERIFY(b.ok());
        const QList<Coding> list = f.codings.forRecord(f.record, kNarrative).value();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].id, b.value()); // by position
        QCOMPARE(list[1].memo, s("no data"));
        QCOMPARE(list[1].quote, s("Nadie los registra"));
        QCOMPARE(list[1].codeId, f.code);
        QCOMPARE(text.mid(list[1].start, list[1].end - list[1].start), list[1].quote);
        QVERIFY(f.codings.forRecord(f.record, s("other")).value().isEmpty());
        QCOMPARE(f.codings.forRecord(f.record).value().size(), 2);
    }

    // Codes and codings made here get time-ordered ids (TimeOrderedUuid),
    // version 7, like records.
    void newCodesAndCodingsHaveTimeOrderedIds()
    {
        const QString text = s("En Tapachula los niños cruzan solos.");
        Fixture f(text);
        QCOMPARE(f.code.data3 >> 12, 7);
        auto coding = f.apply(text, s("cruzan solos"));
        QVERIFY(coding);
        QCOMPARE(coding.value().data3 >> 12, 7);
    }

    void applyValidates()
    {
        const QString text = s("abc def");
        Fixture f(text);
        Coding c;
        c.recordId = f.record;
        c.field = kNarrative;
        c.codeId = f.code;
        c.start = 2;
        c.end = 2;
        QCOMPARE(f.codings.apply(c).error().code(), ErrorCode::Usage);
        c.end = 5;
        c.quote = s("no"); // length does not match
        QCOMPARE(f.codings.apply(c).error().code(), ErrorCode::Usage);
        c.quote = s("c d");
        c.codeId = QUuid::createUuid();
        QCOMPARE(f.codings.apply(c).error().code(), ErrorCode::NotFound);
        c.codeId = f.code;
        c.recordId = QUuid::createUuid();
        QCOMPARE(f.codings.apply(c).error().code(), ErrorCode::NotFound);
        c.recordId = f.record;
        QVERIFY(f.codings.apply(c).ok());
    }

    void memoCodeRemove()
    {
        const QString text = s("abc def");
        Fixture f(text);
        const QUuid id = f.apply(text, s("def")).value();
        QVERIFY(f.codings.setMemo(id, s("check with the shelter")).ok());
        QCOMPARE(f.codings.get(id).value().memo, s("check with the shelter"));
        Code other;
        other.nameEn = s("Demand");
        const QUuid code2 = f.book.create(other).value();
        QVERIFY(f.codings.setCode(id, code2).ok());
        QCOMPARE(f.codings.forCode(code2).value().size(), 1);
        QVERIFY(f.codings.remove(id).ok());
        QVERIFY(f.codings.forRecord(f.record).value().isEmpty());
        QCOMPARE(f.codings.remove(id).error().code(), ErrorCode::Validation);
        QCOMPARE(f.codings.setMemo(id, s("x")).error().code(), ErrorCode::Validation);
    }

    void reanchorAfterEdits()
    {
        const QString text = s("Dicen que los niños cruzan la frontera. El guardia mira. Fin.");
        Fixture f(text);
        const QUuid moved = f.apply(text, s("los niños cruzan la frontera")).value();
        const QUuid gone = f.apply(text, s("El guardia mira")).value();
        const QUuid same = f.apply(text, s("Dicen")).value();

        const QString edited = s("Dicen que ayer los niñas cruzan la frontera. Fin.");
        auto changed = f.codings.reanchor(f.record, kNarrative, edited);
        QVERIFY2(changed.ok(), qPrintable(changed.error().message()));
        QCOMPARE(changed.value(), 2);

        const Coding m = f.codings.get(moved).value();
        QCOMPARE(m.start, 15);
        QCOMPARE(m.quote, s("los niñas cruzan la frontera"));
        QCOMPARE(edited.mid(m.start, m.end - m.start), m.quote);
        const Coding g = f.codings.get(gone).value();
        QVERIFY(g.isDetached());
        QCOMPARE(g.quote, s("El guardia mira")); // kept to find it again
        QCOMPARE(f.codings.get(same).value().start, 0);

        // The quote comes back: the detached coding re-attaches.
        const QString restored = edited + s(" El guardia mira.");
        QCOMPARE(f.codings.reanchor(f.record, kNarrative, restored).value(), 1);
        const Coding back = f.codings.get(gone).value();
        QVERIFY(!back.isDetached());
        QCOMPARE(restored.mid(back.start, back.end - back.start), s("El guardia mira"));
        // Nothing to change: no ops written.
        QCOMPARE(f.codings.reanchor(f.record, kNarrative, restored).value(), 0);
    }

    void saveAnchorsWritesOnlyChanges()
    {
        const QString text = s("one two three");
        Fixture f(text);
        const QUuid id = f.apply(text, s("two")).value();
        Coding c = f.codings.get(id).value();
        QCOMPARE(f.codings.saveAnchors({c}).value(), 0);
        c.start += 2;
        c.end += 2;
        QCOMPARE(f.codings.saveAnchors({c}).value(), 1);
        QCOMPARE(f.codings.get(id).value().start, 6);
        c.start = -1;
        c.end = -1;
        QCOMPARE(f.codings.saveAnchors({c}).value(), 1);
        QVERIFY(f.codings.get(id).value().isDetached());
    }

    void detachedListedLast()
    {
        const QString text = s("aaa bbb ccc");
        Fixture f(text);
        const QUuid a = f.apply(text, s("ccc")).value();
        const QUuid b = f.apply(text, s("aaa")).value();
        Coding c = f.codings.get(b).value();
        c.start = c.end = -1;
        QVERIFY(f.codings.saveAnchors({c}).ok());
        const auto list = f.codings.forRecord(f.record).value();
        QCOMPARE(list.first().id, a);
        QCOMPARE(list.last().id, b);
    }

    void codingAFinalizedRecordIsAllowed()
    {
        const QString text = s("abc def");
        Fixture f(text);
        QVERIFY(f.ws->records().finalize(f.record).ok());
        QVERIFY(f.apply(text, s("abc")).ok());
    }
};

QTEST_GUILESS_MAIN(TestCodingStore)
#include "tst_codingstore.moc"
