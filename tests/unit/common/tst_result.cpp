#include "common/Result.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>

#include <cstdlib>

using namespace vigia;

namespace {
// Run as a child with this set: misuses a Result, which must stop the program.
const char *const kMisuse = "VIGIA_TST_RESULT_MISUSE";

Result<int> failing()
{
    return Error(ErrorCode::Io, QStringLiteral("the disk is gone"));
}
} // namespace

class tst_Result : public QObject
{
    Q_OBJECT

private:
    static void expectStops(const QString &how)
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kMisuse), how);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60000));
        QVERIFY2(child.exitStatus() == QProcess::CrashExit,
                 "reading a failed Result went on as if nothing happened");
        const QByteArray err = child.readAllStandardError();
        QVERIFY2(err.contains("failed Result") && err.contains("the disk is gone"),
                 err.constData());
    }

private slots:
    void valuesAndErrorsReadBack()
    {
        Result<int> ok(7);
        QVERIFY(ok.ok());
        QCOMPARE(ok.value(), 7);
        QCOMPARE(ok.take(), 7);
        const Result<int> bad = failing();
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code(), ErrorCode::Io);
    }

    void valueOfAFailureStops() { expectStops(QStringLiteral("value")); }
    void takeOfAFailureStops() { expectStops(QStringLiteral("take")); }
};

int main(int argc, char *argv[])
{
    const QByteArray misuse = qgetenv(kMisuse);
    if (!misuse.isEmpty()) {
        Result<int> r = failing();
        const int v = misuse == "take" ? r.take() : r.value();
        return v == 0 ? EXIT_SUCCESS : 3; // only reached when nothing stopped us
    }
    QCoreApplication app(argc, argv);
    tst_Result t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_result.moc"
