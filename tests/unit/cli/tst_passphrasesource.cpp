#include "cli/CliOutput.h"
#include "cli/PassphraseSource.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace vigia;

namespace {

const QByteArray kSecret = QByteArrayLiteral("correct horse battery staple");
const QByteArray kNewSecret = QByteArrayLiteral("purple monkey dishwasher lamp");
// Set in the copy of this test that originalEnvironmentIsOverwritten starts.
const char *const kChildVariable = "VIGIA_TEST_PASSPHRASE_CHILD";

// A CliOutput writing to temporary files, read back as text.
class Capture
{
public:
    Capture()
        : m_outFile(std::tmpfile())
        , m_errFile(std::tmpfile())
        , m_output(std::make_unique<CliOutput>(m_outFile, m_errFile))
    {}
    ~Capture()
    {
        m_output.reset();
        std::fclose(m_outFile);
        std::fclose(m_errFile);
    }
    Capture(const Capture &) = delete;
    Capture &operator=(const Capture &) = delete;

    CliOutput &out() { return *m_output; }
    QString err() const { return contents(m_errFile); }

private:
    static QString contents(FILE *file)
    {
        std::fflush(file);
        std::rewind(file);
        QByteArray bytes;
        char chunk[512];
        while (const std::size_t n = std::fread(chunk, 1, sizeof chunk, file))
            bytes.append(chunk, qsizetype(n));
        return QString::fromUtf8(bytes);
    }

    FILE *m_outFile;
    FILE *m_errFile;
    std::unique_ptr<CliOutput> m_output;
};

QByteArray bytesOf(const SecretBytes &secret)
{
    return secret.rawView(); // QCOMPARE reads it while `secret` lives
}

QByteArray procEnviron()
{
    QFile file(QStringLiteral("/proc/self/environ"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_PassphraseSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void environmentVariableIsTakenAndUnset();
    void replacementUsesItsOwnVariable();
    void fileWinsAndVariableIsStillRemoved();
    void privateFileGivesNoWarning();
    void sharedFileWarnsButWorks();
    void emptyFirstLineIsRefused();
    void missingFileNamesItsOption();
    void oversizedFileIsRefused();
    void originalEnvironmentIsOverwritten();

private:
    [[nodiscard]] QString writeFile(const QString &name, const QByteArray &contents,
                                    QFile::Permissions permissions);

    QTemporaryDir m_dir;
};

void tst_PassphraseSource::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_PassphraseSource::cleanup()
{
    qunsetenv(PassphraseSource::kVariable);
    qunsetenv(PassphraseSource::kNewVariable);
}

QString tst_PassphraseSource::writeFile(const QString &name, const QByteArray &contents,
                                        QFile::Permissions permissions)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(contents) != contents.size())
        return {};
    file.close();
    if (!QFile::setPermissions(path, permissions))
        return {};
    return path;
}

void tst_PassphraseSource::environmentVariableIsTakenAndUnset()
{
    qputenv(PassphraseSource::kVariable, kSecret);
    // setenv()'s copy of "NAME=value", which glibc never frees: unsetenv()
    // alone would leave the value readable there.
    const char *stored = std::getenv(PassphraseSource::kVariable);
    QVERIFY(stored);
    const std::size_t storedLength = std::strlen(stored);
    QCOMPARE(storedLength, std::size_t(kSecret.size()));

    Capture capture;
    auto secret = PassphraseSource(QString(), capture.out())
                      .read(PassphraseSource::Purpose::Unlock, m_dir.path());
    QVERIFY2(secret, qPrintable(secret.error().message()));
    QCOMPARE(bytesOf(secret.value()), kSecret);
    QVERIFY(!qEnvironmentVariableIsSet(PassphraseSource::kVariable));
    QVERIFY(!std::getenv(PassphraseSource::kVariable));
#ifdef __GLIBC__
    for (std::size_t i = 0; i < storedLength; ++i)
        QCOMPARE(stored[i], '\0');
#endif
    QVERIFY(capture.err().isEmpty());
}

void tst_PassphraseSource::replacementUsesItsOwnVariable()
{
    qputenv(PassphraseSource::kVariable, kSecret);
    qputenv(PassphraseSource::kNewVariable, kNewSecret);
    Capture capture;
    auto secret = PassphraseSource(QString(), capture.out(), PassphraseSource::Channel::Replacement)
                      .read(PassphraseSource::Purpose::Create, m_dir.path());
    QVERIFY2(secret, qPrintable(secret.error().message()));
    QCOMPARE(bytesOf(secret.value()), kNewSecret);
    QVERIFY(!qEnvironmentVariableIsSet(PassphraseSource::kNewVariable));
    // The current passphrase is another source's to take.
    QCOMPARE(qgetenv(PassphraseSource::kVariable), kSecret);
}

void tst_PassphraseSource::fileWinsAndVariableIsStillRemoved()
{
    const QString path = writeFile(QStringLiteral("crlf.txt"), kSecret + "\r\nsecond line\n",
                                   QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(!path.isEmpty());
    qputenv(PassphraseSource::kVariable, kNewSecret);
    Capture capture;
    auto secret =
        PassphraseSource(path, capture.out()).read(PassphraseSource::Purpose::Unlock, m_dir.path());
    QVERIFY2(secret, qPrintable(secret.error().message()));
    QCOMPARE(bytesOf(secret.value()), kSecret);
    QVERIFY(!qEnvironmentVariableIsSet(PassphraseSource::kVariable));
}

void tst_PassphraseSource::privateFileGivesNoWarning()
{
    const QString path =
        writeFile(QStringLiteral("private.txt"), kSecret, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(!path.isEmpty());
    Capture capture;
    auto secret =
        PassphraseSource(path, capture.out()).read(PassphraseSource::Purpose::Unlock, m_dir.path());
    QVERIFY2(secret, qPrintable(secret.error().message()));
    QCOMPARE(bytesOf(secret.value()), kSecret);
    QCOMPARE(capture.err(), QString());
}

void tst_PassphraseSource::sharedFileWarnsButWorks()
{
    // 0644, what the umask usually gives `echo secret > file`.
    const QString path =
        writeFile(QStringLiteral("shared.txt"), kSecret + '\n',
                  QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    QVERIFY(!path.isEmpty());
    Capture capture;
    auto secret =
        PassphraseSource(path, capture.out()).read(PassphraseSource::Purpose::Unlock, m_dir.path());
    QVERIFY2(secret, qPrintable(secret.error().message()));
    QCOMPARE(bytesOf(secret.value()), kSecret);
    const QString err = capture.err();
    QVERIFY2(err.startsWith(QStringLiteral("vigiactl: warning: ")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("chmod 600 ") + path), qPrintable(err));
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
}

void tst_PassphraseSource::emptyFirstLineIsRefused()
{
    const QString path = writeFile(QStringLiteral("empty.txt"), "\r\n" + kSecret,
                                   QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(!path.isEmpty());
    Capture capture;
    auto secret =
        PassphraseSource(path, capture.out()).read(PassphraseSource::Purpose::Unlock, m_dir.path());
    QVERIFY(!secret);
    QCOMPARE(secret.error().code(), ErrorCode::Locked);
}

void tst_PassphraseSource::missingFileNamesItsOption()
{
    Capture capture;
    auto secret = PassphraseSource(m_dir.filePath(QStringLiteral("nosuch")), capture.out(),
                                   PassphraseSource::Channel::Replacement)
                      .read(PassphraseSource::Purpose::Create, m_dir.path());
    QVERIFY(!secret);
    QCOMPARE(secret.error().code(), ErrorCode::NotFound);
    QVERIFY2(secret.error().message().contains(QStringLiteral("--new-passphrase-file")),
             qPrintable(secret.error().message()));
}

void tst_PassphraseSource::oversizedFileIsRefused()
{
    const QString path = writeFile(QStringLiteral("large.txt"),
                                   QByteArray(qsizetype(PassphraseSource::kMaxBytes) + 1, 'x'),
                                   QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(!path.isEmpty());
    Capture capture;
    auto secret =
        PassphraseSource(path, capture.out()).read(PassphraseSource::Purpose::Unlock, m_dir.path());
    QVERIFY(!secret);
    QCOMPARE(secret.error().code(), ErrorCode::Usage);

    // The longest passphrase accepted still reads in full.
    const QByteArray longest(qsizetype(PassphraseSource::kMaxBytes), 'y');
    const QString fits =
        writeFile(QStringLiteral("longest.txt"), longest, QFile::ReadOwner | QFile::WriteOwner);
    auto read =
        PassphraseSource(fits, capture.out()).read(PassphraseSource::Purpose::Unlock, m_dir.path());
    QVERIFY2(read, qPrintable(read.error().message()));
    QCOMPARE(bytesOf(read.value()), longest);
}

// The variable as a real vigiactl gets it: in the block the kernel copied at
// exec, which /proc/self/environ shows. This test runs itself again with the
// variable set, and the copy checks its own /proc/self/environ.
void tst_PassphraseSource::originalEnvironmentIsOverwritten()
{
    if (qEnvironmentVariableIsSet(kChildVariable)) {
        QVERIFY(procEnviron().contains("VIGIA_PASSPHRASE=" + kSecret));
        Capture capture;
        auto secret = PassphraseSource(QString(), capture.out())
                          .read(PassphraseSource::Purpose::Unlock, m_dir.path());
        QVERIFY2(secret, qPrintable(secret.error().message()));
        QCOMPARE(bytesOf(secret.value()), kSecret);
        const QByteArray after = procEnviron();
        QVERIFY(!after.isEmpty());
        QVERIFY(!after.contains(kSecret));
        QVERIFY(!qEnvironmentVariableIsSet(PassphraseSource::kVariable));
        return;
    }
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kChildVariable), QStringLiteral("1"));
    env.insert(QString::fromLatin1(PassphraseSource::kVariable), QString::fromUtf8(kSecret));
    child.setProcessEnvironment(env);
    child.setStandardInputFile(QProcess::nullDevice());
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("originalEnvironmentIsOverwritten")});
    QVERIFY(child.waitForFinished(60000));
    const QByteArray output = child.readAllStandardOutput() + child.readAllStandardError();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
             output.constData());
}

QTEST_GUILESS_MAIN(tst_PassphraseSource)
#include "tst_passphrasesource.moc"
