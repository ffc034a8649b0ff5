// SecretText: typed passphrases go into secret memory as UTF-8, and the
// field and the strings they came from are emptied and overwritten.

#include "ui/common/SecretText.h"

#include <QLineEdit>
#include <QTest>
#include <QWidget>

using vigia::SecretBytes;
using vigia::SecretText;

namespace {
QByteArray bytesOf(const SecretBytes &secret)
{
    return QByteArray(reinterpret_cast<const char *>(secret.constData()), qsizetype(secret.size()));
}
} // namespace

class tst_SecretText : public QObject
{
    Q_OBJECT

private slots:
    void encodesUtf8_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("utf8");
        QTest::newRow("ascii") << QStringLiteral("correct horse") << QByteArray("correct horse");
        // Written as escapes so the test does not depend on the source's encoding.
        QTest::newRow("ñ") << QString(QChar(0x00F1)) + QStringLiteral("and")
                           << QByteArray("\xC3\xB1"
                                         "and");
        QTest::newRow("ç and ã") << QStringLiteral("a") + QChar(0x00E7) + QChar(0x00E3)
                                 << QByteArray("a\xC3\xA7\xC3\xA3");
        // U+1F510 (closed lock with key): a surrogate pair, 4 bytes in UTF-8.
        QTest::newRow("emoji") << QStringLiteral("x") + QString::fromUcs4(U"\U0001F510") +
                                      QStringLiteral("y")
                               << QByteArray("x\xF0\x9F\x94\x90y");
        QTest::newRow("mixed") << QString::fromUcs4(U"Ma\u00F1ana \u00E7\U0001F600!")
                               << QByteArray("Ma\xC3\xB1"
                                             "ana \xC3\xA7\xF0\x9F\x98\x80!");
    }

    void encodesUtf8()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, utf8);
        // Sanity: the expectation is what Qt's own encoder gives.
        QCOMPARE(text.toUtf8(), utf8);
        const SecretBytes secret = SecretText::toUtf8(text);
        // Right-sized, not the 3-bytes-per-unit worst case.
        QCOMPARE(qsizetype(secret.size()), utf8.size());
        QCOMPARE(bytesOf(secret), utf8);
        QCOMPARE(secret.rawView(), utf8);
    }

    void emptyTextGivesEmptyBytes() { QVERIFY(SecretText::toUtf8(QString()).isEmpty()); }

    void wipeOverwritesTheWholeBuffer()
    {
        QString text = QStringLiteral("pass") + QChar(0x00F1) + QStringLiteral("phrase");
        // An edit leaves characters past the new end, as a backspace does.
        text.chop(3);
        QVERIFY(text.isDetached());
        const QChar *chars = text.constData();
        const qsizetype capacity = text.capacity();
        QVERIFY(capacity >= 10);
        SecretText::wipe(text);
        QVERIFY(text.isEmpty());
        // Still the same buffer, every unit of it blank.
        QCOMPARE(text.constData(), chars);
        for (qsizetype i = 0; i < capacity; ++i)
            QCOMPARE(chars[i].unicode(), char16_t(0));
    }

    void wipeLeavesSharedTextToItsOtherOwners()
    {
        const QString kept = QStringLiteral("still ") + QChar(0x00E7) + QStringLiteral("n use");
        QString text = kept;
        SecretText::wipe(text);
        QVERIFY(text.isEmpty());
        QCOMPARE(kept, QStringLiteral("still ") + QChar(0x00E7) + QStringLiteral("n use"));

        // A literal's characters are in read-only memory: writing would crash.
        QString literal = QStringLiteral("not on the heap");
        SecretText::wipe(literal);
        QVERIFY(literal.isEmpty());
    }

    void takeEmptiesTheFieldAndItsHistory()
    {
        QLineEdit field;
        // Normal echo, where undo is available: the typed characters must not
        // come back.
        // QTest types Latin-1 only; insert() is typing as far as the undo
        // history is concerned.
        QTest::keyClicks(&field, QStringLiteral("se"));
        field.insert(QString(QChar(0x00F1)));
        QTest::keyClicks(&field, QStringLiteral("al"));
        QVERIFY(field.isUndoAvailable());
        const auto secret = SecretText::take(&field);
        QVERIFY(secret);
        QCOMPARE(secret->rawView(), QByteArray("se\xC3\xB1"
                                               "al"));
        QVERIFY(field.text().isEmpty());
        QVERIFY(!field.isUndoAvailable());
        field.undo();
        QVERIFY(field.text().isEmpty());
    }

    void theFieldLetsGoOfItsText()
    {
        // What take() relies on to wipe the field's own buffer: once the
        // field is emptied, the copy taken from it is that buffer's only
        // owner, also after focus moved in and out while typing.
        QWidget window;
        auto *field = new QLineEdit(&window);
        field->setEchoMode(QLineEdit::Password);
        auto *other = new QLineEdit(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("half"));
        other->setFocus();
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral(" typed"));
        QString text = field->text();
        QVERIFY(!text.isDetached());
        field->setText(QString());
        QVERIFY(text.isDetached());
        QCOMPARE(text, QStringLiteral("half typed"));
    }

    void clearEmptiesTheField()
    {
        QLineEdit field;
        field.setEchoMode(QLineEdit::Password);
        QTest::keyClicks(&field, QStringLiteral("typed, never used"));
        SecretText::clear(&field);
        QVERIFY(field.text().isEmpty());
    }
};

QTEST_MAIN(tst_SecretText)
#include "tst_secrettext.moc"
