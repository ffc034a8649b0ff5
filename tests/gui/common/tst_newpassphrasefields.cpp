// NewPassphraseFields: the meter's colour and the words saying why a
// passphrase is weak; the mismatch said only once the confirmation was left.

#include "ui/common/NewPassphraseFields.h"
#include "ui/common/PassphraseEdit.h"

#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QTest>
#include <QVBoxLayout>

using namespace vigia;

namespace {
const QString kStrong = QStringLiteral("correct horse battery staple");

struct Form
{
    QWidget window;
    NewPassphraseFields *fields = new NewPassphraseFields(&window);
    QLineEdit *after = new QLineEdit(&window);

    Form()
    {
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(fields);
        layout->addWidget(after);
        window.resize(480, 320);
    }

    bool show()
    {
        window.show();
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }

    PassphraseEdit *edit(const char *name) const
    {
        return window.findChild<PassphraseEdit *>(QLatin1String(name));
    }
    QProgressBar *meter() const
    {
        return window.findChild<QProgressBar *>(QStringLiteral("passphraseStrength"));
    }
    QLabel *label(const char *name) const
    {
        return window.findChild<QLabel *>(QLatin1String(name));
    }
};

// The colour the meter is painted with, a little into its filled part.
QColor chunkColor(QProgressBar *meter)
{
    const QImage image = meter->grab().toImage();
    return image.pixelColor(image.width() / 8, image.height() / 2);
}

bool reddish(const QColor &c)
{
    return c.red() > 150 && c.green() < 90 && c.blue() < 90;
}
bool amber(const QColor &c)
{
    return c.red() > 180 && c.green() > 100 && c.blue() < 80;
}
bool greenish(const QColor &c)
{
    return c.green() > c.red() + 40 && c.green() > c.blue() + 40;
}
} // namespace

class tst_NewPassphraseFields : public QObject
{
    Q_OBJECT

private slots:
    void meterIsColouredByLevel()
    {
        Form form;
        QVERIFY(form.show());
        const auto colorFor = [&form](const QString &passphrase) {
            form.edit("passphrase")->setText(passphrase);
            return chunkColor(form.meter());
        };
        QColor c = colorFor(QStringLiteral("abc"));
        QVERIFY2(reddish(c), qPrintable(c.name()));
        c = colorFor(QStringLiteral("password1"));
        QVERIFY2(reddish(c), qPrintable(c.name()));
        c = colorFor(QStringLiteral("Zt9#kq2m"));
        QVERIFY2(amber(c), qPrintable(c.name()));
        c = colorFor(kStrong);
        QVERIFY2(greenish(c), qPrintable(c.name()));
    }

    void saysWhyAPassphraseIsWeak_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<QString>("says");
        QTest::newRow("too short")
            << QStringLiteral("abc") << QStringLiteral("Too short: use at least 8 characters");
        QTest::newRow("common") << QStringLiteral("password1")
                                << QStringLiteral("one of the first passwords");
        QTest::newRow("repeated") << QStringLiteral("aaaaaaaaaaaa")
                                  << QStringLiteral("repeated characters and sequences");
        QTest::newRow("sequence") << QStringLiteral("1234567890")
                                  << QStringLiteral("repeated characters and sequences");
        QTest::newRow("one kind") << QStringLiteral("gatoazul")
                                  << QStringLiteral("only one kind of character");
        QTest::newRow("short") << QStringLiteral("gatoazul7x") << QStringLiteral("not long enough");
        QTest::newRow("fair") << QStringLiteral("Zt9#kq2m") << QStringLiteral("Fair.");
        QTest::newRow("strong") << kStrong << QStringLiteral("Strong.");
    }

    void saysWhyAPassphraseIsWeak()
    {
        QFETCH(QString, passphrase);
        QFETCH(QString, says);
        Form form;
        QVERIFY(form.show());
        form.edit("passphrase")->setText(passphrase);
        const QString text = form.label("strengthText")->text();
        QVERIFY2(text.contains(says), qPrintable(text));
        // A weak one is still refused, whatever the fields say.
        form.edit("passphraseConfirm")->setText(passphrase);
        QCOMPARE(form.fields->isAcceptable(),
                 says == QLatin1String("Fair.") || says == QLatin1String("Strong."));
    }

    void mismatchOnlyOnceTheConfirmationIsLeft()
    {
        Form form;
        QVERIFY(form.show());
        PassphraseEdit *first = form.edit("passphrase");
        PassphraseEdit *confirm = form.edit("passphraseConfirm");
        QLabel *message = form.label("passphraseMessage");
        first->setFocus();
        QTRY_VERIFY(first->hasFocus());
        QTest::keyClicks(first, kStrong);
        QTest::keyClick(first, Qt::Key_Tab);
        QVERIFY(confirm->hasFocus());

        // Half typed is not an error yet.
        QTest::keyClicks(confirm, QStringLiteral("correct horse"));
        QVERIFY(!message->isVisible());
        QVERIFY(!form.fields->isAcceptable());

        // Leaving the field with a different passphrase: now it is.
        QTest::keyClick(confirm, Qt::Key_Tab);
        QVERIFY(form.after->hasFocus());
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("differ")), qPrintable(message->text()));

        // Back in it, the message goes as soon as the two match...
        confirm->setFocus();
        QTRY_VERIFY(confirm->hasFocus());
        QTest::keyClicks(confirm, QStringLiteral(" battery stapl"));
        QVERIFY(message->isVisible());
        QTest::keyClick(confirm, 'e');
        QVERIFY(!message->isVisible());
        QVERIFY(form.fields->isAcceptable());
        // ...and does not come back while typing on.
        QTest::keyClick(confirm, 'x');
        QVERIFY(!message->isVisible());

        // A submit says it at once.
        form.fields->showProblems();
        QVERIFY(message->isVisible());
    }
};

QTEST_MAIN(tst_NewPassphraseFields)
#include "tst_newpassphrasefields.moc"
