#include "store/CodingAnchor.h"

#include <QTest>

using namespace vigia;
using Match = CodingAnchor::Match;

Q_DECLARE_METATYPE(vigia::CodingAnchor::Match)

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

class TestCodingAnchor : public QObject
{
    Q_OBJECT

private slots:
    void resolve_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<int>("oldStart");
        QTest::addColumn<int>("maxCost");
        QTest::addColumn<Match>("match");
        QTest::addColumn<int>("start");
        QTest::addColumn<QString>("anchored");

        const QString quote = s("los niños cruzan la frontera");
        QTest::newRow("unchanged") << s("Dicen que los niños cruzan la frontera solos.") << quote
                                   << 10 << -1 << Match::Exact << 10 << quote;
        QTest::newRow("text inserted before")
            << s("Ayer, en Tapachula, dicen que los niños cruzan la frontera solos.") << quote << 10
            << -1 << Match::Moved << 30 << quote;
        QTest::newRow("text removed before") << s("Que los niños cruzan la frontera solos.")
                                             << quote << 10 << -1 << Match::Moved << 4 << quote;
        QTest::newRow("nearest of two, after")
            << s("los niños cruzan la frontera ... xxxx los niños cruzan la frontera") << quote
            << 36 << -1 << Match::Moved << 38 << quote;
        QTest::newRow("nearest of two, before")
            << s("xx los niños cruzan la frontera ........................ los niños cruzan la "
                 "frontera")
            << quote << 5 << -1 << Match::Moved << 3 << quote;
        QTest::newRow("one letter changed")
            << s("Dicen que los niñas cruzan la frontera solos.") << quote << 10 << -1
            << Match::Fuzzy << 10 << s("los niñas cruzan la frontera");
        QTest::newRow("word inserted inside")
            << s("Dicen que los niños solos cruzan la frontera.") << quote << 10 << -1
            << Match::Fuzzy << 10 << s("los niños solos cruzan la frontera");
        QTest::newRow("typo fixed and moved")
            << s("Según el guardia, dicen que los niños crusan la frontera.") << quote << 10 << -1
            << Match::Fuzzy << 28 << s("los niños crusan la frontera");
        QTest::newRow("rewritten beyond the bound")
            << s("Dicen que las familias viajan juntas.") << quote << 10 << -1 << Match::Detached
            << -1 << quote;
        QTest::newRow("quote deleted")
            << s("Dicen que solos.") << quote << 10 << -1 << Match::Detached << -1 << quote;
        QTest::newRow("empty text")
            << QString() << quote << 0 << -1 << Match::Detached << -1 << quote;
        QTest::newRow("short quote never fuzzy")
            << s("the bus station") << s("bos") << 4 << -1 << Match::Detached << -1 << s("bos");
        QTest::newRow("short quote exact elsewhere")
            << s("a bus, the bus") << s("bus") << 11 << -1 << Match::Exact << 11 << s("bus");
        QTest::newRow("fuzzy disabled") << s("Dicen que los niñas cruzan la frontera solos.")
                                        << quote << 10 << 0 << Match::Detached << -1 << quote;
        QTest::newRow("old start past the end") << s("los niños cruzan la frontera") << quote << 500
                                                << -1 << Match::Moved << 0 << quote;
        QTest::newRow("detached coding found again")
            << s("Otra vez: los niños cruzan la frontera.") << quote << -1 << -1 << Match::Moved
            << 10 << quote;
        QTest::newRow("surrogate pairs count as two units")
            << s("😀😀 los niños cruzan la frontera") << quote << 0 << -1 << Match::Moved << 5
            << quote;
        QTest::newRow("fuzzy prefers the nearer of equal matches")
            << s("los niñas cruzan la frontera | los niñas cruzan la frontera") << quote << 31 << -1
            << Match::Fuzzy << 31 << s("los niñas cruzan la frontera");
    }

    void resolve()
    {
        QFETCH(QString, text);
        QFETCH(QString, quote);
        QFETCH(int, oldStart);
        QFETCH(int, maxCost);
        QFETCH(Match, match);
        QFETCH(int, start);
        QFETCH(QString, anchored);
        const CodingAnchor::Result r = CodingAnchor::resolve(text, quote, oldStart, maxCost);
        QCOMPARE(r.match, match);
        QCOMPARE(r.start, start);
        QCOMPARE(r.quote, anchored);
        if (match == Match::Detached) {
            QCOMPARE(r.end, -1);
        } else {
            QCOMPARE(r.end, start + anchored.size());
            QCOMPARE(text.mid(r.start, r.end - r.start), anchored);
        }
        QCOMPARE(r.cost > 0, match == Match::Fuzzy);
    }

    void applyEdit_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<int>("position");
        QTest::addColumn<int>("removed");
        QTest::addColumn<int>("added");
        QTest::addColumn<int>("newStart");
        QTest::addColumn<int>("newEnd");

        QTest::newRow("insert before") << 10 << 20 << 2 << 0 << 5 << 15 << 25;
        QTest::newRow("insert after") << 10 << 20 << 25 << 0 << 5 << 10 << 20;
        QTest::newRow("insert at start pushes") << 10 << 20 << 10 << 0 << 3 << 13 << 23;
        QTest::newRow("insert at end stays out") << 10 << 20 << 20 << 0 << 3 << 10 << 20;
        QTest::newRow("insert inside widens") << 10 << 20 << 15 << 0 << 4 << 10 << 24;
        QTest::newRow("delete before") << 10 << 20 << 0 << 5 << 0 << 5 << 15;
        QTest::newRow("delete inside narrows") << 10 << 20 << 12 << 3 << 0 << 10 << 17;
        QTest::newRow("delete overlapping start") << 10 << 20 << 8 << 5 << 0 << 8 << 15;
        QTest::newRow("delete overlapping end") << 10 << 20 << 18 << 5 << 0 << 10 << 18;
        QTest::newRow("delete everything") << 10 << 20 << 0 << 30 << 0 << 0 << 0;
        QTest::newRow("replace everything") << 10 << 20 << 0 << 30 << 40 << 0 << 40;
        QTest::newRow("detached untouched") << -1 << -1 << 0 << 3 << 0 << -1 << -1;
    }

    void applyEdit()
    {
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(int, position);
        QFETCH(int, removed);
        QFETCH(int, added);
        CodingAnchor::applyEdit(start, end, position, removed, added);
        QTEST(start, "newStart");
        QTEST(end, "newEnd");
    }

    // The editor's way: shift by the edit, then resolve at the shifted place.
    void editThenResolveKeepsTheRightOccurrence()
    {
        QString text = s("el bus. el bus. el bus.");
        int start = 16;
        int end = 22; // the third "el bus"
        const QString quote = text.mid(start, end - start);
        text.insert(0, s("Nota: "));
        CodingAnchor::applyEdit(start, end, 0, 0, 6);
        const auto r = CodingAnchor::resolve(text, quote, start);
        QCOMPARE(r.match, Match::Exact);
        QCOMPARE(r.start, 22);
    }

    void isInside()
    {
        QVERIFY(CodingAnchor::isInside(10, 20, 11, 3));
        QVERIFY(CodingAnchor::isInside(10, 20, 15, 0));
        QVERIFY(!CodingAnchor::isInside(10, 20, 10, 0)); // at the start
        QVERIFY(!CodingAnchor::isInside(10, 20, 18, 2)); // reaches the end
        QVERIFY(!CodingAnchor::isInside(10, 20, 20, 0));
        QVERIFY(!CodingAnchor::isInside(-1, -1, 0, 0));
    }

    void defaultMaxCost()
    {
        QCOMPARE(CodingAnchor::defaultMaxCost(0), 0);
        QCOMPARE(CodingAnchor::defaultMaxCost(7), 0);
        QCOMPARE(CodingAnchor::defaultMaxCost(8), 2);
        QCOMPARE(CodingAnchor::defaultMaxCost(100), 25);
    }

    void hugeTextSkipsFuzzy()
    {
        // Proven by the result, not a stopwatch (which fails on a busy
        // machine): the text holds a copy of the quote one letter off, which
        // the approximate search would find, yet the coding detaches.
        QString quote = QString(400, QLatin1Char('q'));
        QString text = QString(100000, QLatin1Char('x'));
        QString nearCopy = quote;
        nearCopy[200] = QLatin1Char('p');
        text.replace(50000, nearCopy.size(), nearCopy);
        QVERIFY(qint64(text.size()) * quote.size() > CodingAnchor::kMaxFuzzyCells);
        const auto r = CodingAnchor::resolve(text, quote, 10);
        QCOMPARE(r.match, Match::Detached);

        // Below the limit the same near copy is found.
        const QString small = text.mid(49000, 3000);
        QVERIFY(qint64(small.size()) * quote.size() <= CodingAnchor::kMaxFuzzyCells);
        QCOMPARE(CodingAnchor::resolve(small, quote, 10).match, Match::Fuzzy);
    }
};

QTEST_GUILESS_MAIN(TestCodingAnchor)
#include "tst_codinganchor.moc"
