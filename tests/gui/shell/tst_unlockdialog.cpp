#include "common/Language.h"
#include "store/Workspace.h"
#include "TestWorkspace.h"
#include "ui/shell/UnlockDialog.h"
#include "VisibleTexts.h"

#include <QAbstractButton>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTest>

using namespace vigia;

namespace {
// A digest of every file in the workspace folder: unlocking must change none.
QByteArray folderDigest(const QString &dir)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &name : QDir(dir).entryList(QDir::Files, QDir::Name)) {
        if (name.endsWith(QLatin1String("-shm")) || name.endsWith(QLatin1String("-wal")))
            continue;
        QFile f(QDir(dir).filePath(name));
        if (f.open(QIODevice::ReadOnly)) {
            hash.addData(name.toUtf8());
            hash.addData(f.readAll());
        }
    }
    return hash.result();
}
} // namespace

class tst_UnlockDialog : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Language::install(QStringLiteral("en")); }

    void wrongThenRightPassphrase()
    {
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        ws.close();
        const QByteArray before = folderDigest(ws.path());

        UnlockDialog dialog(ws.path());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("passphrase"));
        auto *unlock = dialog.findChild<QAbstractButton *>(QStringLiteral("unlockButton"));
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("unlockMessage"));
        QVERIFY(field && unlock && message);
        QCOMPARE(field->echoMode(), QLineEdit::Password);

        QTest::keyClicks(field, QStringLiteral("not the passphrase"));
        QTest::mouseClick(unlock, Qt::LeftButton);
        QTRY_VERIFY(message->isVisible() && !dialog.isBusy());
        QVERIFY(message->text().contains(QStringLiteral("not right")));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.takeWorkspace());
        QCOMPARE(folderDigest(ws.path()), before);
        // The attempt took the passphrase out of the field.
        QVERIFY(field->text().isEmpty());

        QTest::keyClicks(field, QString::fromUtf8(test::TestWorkspace::kPassphrase));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        std::unique_ptr<Workspace> opened = dialog.takeWorkspace();
        QVERIFY(opened);
        QCOMPARE(opened->deviceName(), QStringLiteral("test device"));
        QVERIFY(field->text().isEmpty());
        // Opened on a worker thread, the store now belongs to this one:
        // closing it here must not trip Qt's per-thread connection check.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("does not belong")));
        opened.reset();
    }

    void everyTextTranslatedAndEveryInputNamed()
    {
        test::TestWorkspace ws;
        ws.close();
        Language::install(Language::kPseudo);
        UnlockDialog dialog(ws.path());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList problems = test::untranslated(&dialog) + test::unnamedInputs(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(tst_UnlockDialog)
#include "tst_unlockdialog.moc"
