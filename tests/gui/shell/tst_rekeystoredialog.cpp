// Settings > Store key > Change the store key: the dialog checks the
// passphrase before anything closes, and the window changes the key with
// the store closed, then opens everything again.
#include "common/Language.h"
#include "crypto/DeviceKeys.h"
#include "crypto/SecretBytes.h"
#include "ModalHelper.h"
#include "store/RecordStore.h"
#include "store/StoreRekey.h"
#include "store/Workspace.h"
#include "TestWorkspace.h"
#include "ui/common/MessageBox.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/RekeyStoreDialog.h"
#include "VisibleTexts.h"

#include <QAbstractButton>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QTest>

using namespace vigia;

namespace {
const QString kPassphrase = QString::fromUtf8(test::TestWorkspace::kPassphrase);

QByteArray keystoreBytes(const QString &dir)
{
    QFile f(Workspace::keystorePath(dir));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::shared_ptr<const SecretBytes> copyOf(const SecretBytes &key)
{
    return std::make_shared<const SecretBytes>(SecretBytes::fromBytes(key.constData(), key.size()));
}

QLineEdit *passphraseField(QWidget *dialog)
{
    return dialog->findChild<QLineEdit *>(QStringLiteral("rekeyPassphrase"));
}

QAbstractButton *rekeyButton(QWidget *dialog)
{
    return dialog->findChild<QAbstractButton *>(QStringLiteral("rekeyButton"));
}
} // namespace

class tst_RekeyStoreDialog : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        Language::install(QStringLiteral("en"));
        const int left = MessageBox::pendingAnswers();
        MessageBox::clearAnswers();
        QCOMPARE(left, 0);
    }

    void changesTheKeyFromTheSettingsPage()
    {
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        auto id = ws->records().create(
            QStringLiteral("qualitative_finding"), QStringLiteral("3"),
            {{QStringLiteral("narrative"), QStringLiteral("sigue aquí después de la llave")}});
        QVERIFY(id);
        const auto oldKey = copyOf(*ws->keys().storeKey);
        MainWindow w(*ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showPage(MainWindow::SettingsView);
        auto *open = w.findChild<QAbstractButton *>(QStringLiteral("rekeyStore"));
        QVERIFY(open && open->isVisible());

        MessageBox::setNextAnswer(QMessageBox::Ok); // "Store key changed"
        QCOMPARE(test::answerModal([&] { open->click(); },
                                   [](QWidget *modal) {
                                       auto *dialog = qobject_cast<RekeyStoreDialog *>(modal);
                                       QVERIFY(dialog);
                                       passphraseField(dialog)->setText(kPassphrase);
                                       QVERIFY(rekeyButton(dialog)->isEnabled());
                                       rekeyButton(dialog)->click();
                                       QVERIFY(passphraseField(dialog)->text().isEmpty());
                                   }),
                 QString());
        // The dialog closed on the checked passphrase; the window waits behind
        // a window-modal progress dialog while the store is closed.
        QVERIFY(w.isChangingStoreKey());
        auto *progress = w.findChild<QProgressDialog *>(QStringLiteral("rekeyProgress"));
        QVERIFY(progress && progress->isVisible());
        QCOMPARE(progress->windowModality(), Qt::WindowModal);
        QTRY_VERIFY_WITH_TIMEOUT(!w.isChangingStoreKey(), 60000);

        QCOMPARE(MessageBox::pendingAnswers(), 0);
        QVERIFY2(MessageBox::lastAnswered().contains(QStringLiteral("new key")),
                 qPrintable(MessageBox::lastAnswered()));
        QVERIFY(!ws->isLocked());
        const QString store = Workspace::storePath(ws.path());
        QVERIFY(ws->keys().storeKey->rawView() != oldKey->rawView());
        QVERIFY(StoreRekey::opensWith(store, *ws->keys().storeKey));
        QVERIFY(!StoreRekey::opensWith(store, *oldKey));
        auto record = ws->records().get(id.value());
        QVERIFY(record);
        // Back where it was, with the pages of records there again.
        QCOMPARE(w.currentPage(), MainWindow::SettingsView);
        QVERIFY(w.findChild<QWidget *>(QStringLiteral("recordsPage")));
        QTRY_VERIFY(!w.findChild<QProgressDialog *>(QStringLiteral("rekeyProgress")));
    }

    // Ctrl+L or the idle timer while the key changes: the lock comes as soon
    // as the store is open again, never under the change.
    void aLockDuringTheChangeComesRightAfterIt()
    {
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        MainWindow w(*ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        w.rekeyStore(std::make_shared<const SecretBytes>(SecretBytes::fromBytes(
            reinterpret_cast<const unsigned char *>(test::TestWorkspace::kPassphrase.constData()),
            std::size_t(test::TestWorkspace::kPassphrase.size()))));
        QVERIFY(w.isChangingStoreKey());
        w.lock();
        QVERIFY(!w.isLocked());
        QTRY_VERIFY_WITH_TIMEOUT(!w.isChangingStoreKey(), 60000);
        QTRY_VERIFY(w.isLocked());
        QTRY_VERIFY(ws->isLocked());
        QCOMPARE(MessageBox::pendingAnswers(), 0);
    }

    void aWrongPassphraseLeavesTheStoreOpen()
    {
        test::TestWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        const QByteArray before = keystoreBytes(ws.path());
        RekeyStoreDialog dialog(*ws);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        passphraseField(&dialog)->setText(QStringLiteral("not the passphrase"));
        rekeyButton(&dialog)->click();
        QVERIFY(passphraseField(&dialog)->text().isEmpty());
        QTRY_VERIFY(!dialog.isBusy());
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("rekeyMessage"));
        QVERIFY(message && message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("not the passphrase")),
                 qPrintable(message->text()));
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.takePassphrase());
        QCOMPARE(keystoreBytes(ws.path()), before);
        QVERIFY(!ws->isLocked());
    }

    void everyTextTranslatedAndEveryInputNamed()
    {
        test::TestWorkspace ws;
        Language::install(Language::kPseudo);
        RekeyStoreDialog dialog(*ws);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList problems = test::untranslated(&dialog) + test::unnamedInputs(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(tst_RekeyStoreDialog)
#include "tst_rekeystoredialog.moc"
