// What a person types for a hub: its address and, for a self-hosted hub, the
// certificate's fingerprint as tools print it. Anything else is refused with
// words, never guessed at.
#include "sync/HubEndpoint.h"

#include <QTest>

using namespace vigia;

class TestHubEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void acceptsHttpAndHttpsAddresses()
    {
        auto url = HubEndpoint::parseUrl(QStringLiteral("  https://hub.example.org/vigia "));
        QVERIFY(url);
        QCOMPARE(url.value().host(), QStringLiteral("hub.example.org"));
        QCOMPARE(url.value().path(), QStringLiteral("/vigia"));
        QVERIFY(HubEndpoint::parseUrl(QStringLiteral("http://127.0.0.1:8080")));
    }

    void refusesWhatIsNotAHubAddress_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("no scheme") << QStringLiteral("hub.example.org");
        QTest::newRow("ftp") << QStringLiteral("ftp://hub.example.org");
        QTest::newRow("no host") << QStringLiteral("https://");
    }

    void refusesWhatIsNotAHubAddress()
    {
        QFETCH(QString, text);
        auto url = HubEndpoint::parseUrl(text);
        QVERIFY(!url);
        QCOMPARE(url.error().code(), ErrorCode::Usage);
        QVERIFY(url.error().message().contains(QStringLiteral("https://hub.example.org")));
    }

    void readsAPinWithColonsOrSpaces()
    {
        const QByteArray bytes =
            QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
        QString colons;
        for (int i = 0; i < bytes.size(); ++i)
            colons += (i ? QStringLiteral(":") : QString()) +
                      QString::fromLatin1(bytes.mid(i, 1).toHex().toUpper());
        auto pin = HubEndpoint::parsePin(colons);
        QVERIFY(pin);
        QCOMPARE(pin.value(), bytes);
        auto spaced = HubEndpoint::parsePin(QString::fromLatin1(bytes.toHex(' ')));
        QVERIFY(spaced);
        QCOMPARE(spaced.value(), bytes);
        auto none = HubEndpoint::parsePin(QString());
        QVERIFY(none);
        QVERIFY(none.value().isEmpty());
    }

    void refusesAPinOfTheWrongShape_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("short") << QStringLiteral("0011");
        QTest::newRow("not hex") << QString(64, QLatin1Char('g'));
        QTest::newRow("one digit over") << QString(65, QLatin1Char('a'));
    }

    void refusesAPinOfTheWrongShape()
    {
        QFETCH(QString, text);
        auto pin = HubEndpoint::parsePin(text);
        QVERIFY(!pin);
        QCOMPARE(pin.error().code(), ErrorCode::Usage);
    }
};

QTEST_GUILESS_MAIN(TestHubEndpoint)
#include "tst_hubendpoint.moc"
