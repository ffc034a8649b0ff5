// DurableFile: the one place Vigia's private, power-cut-safe writes meet the
// operating system.
#include "common/DurableFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

using namespace vigia;

namespace {
QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}
} // namespace

class TestDurableFile : public QObject
{
    Q_OBJECT

private slots:
    void writesAndCommits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a"));
        DurableFile file;
        QVERIFY(file.open(path, DurableFile::Create::Exclusive));
        QVERIFY(file.isOpen());
        QVERIFY(file.write("first "));
        QVERIFY(file.write(QByteArray(70000, 'x')));
        QVERIFY(file.commit());
        QVERIFY(!file.isOpen());
        QCOMPARE(contentOf(path), QByteArray("first ") + QByteArray(70000, 'x'));
        QCOMPARE(QFile::permissions(path) &
                     ~(QFile::ReadUser | QFile::WriteUser | QFile::ReadOwner | QFile::WriteOwner),
                 QFile::Permissions());
    }

    // A file an earlier attempt left readable by others is truncated and made
    // owner-only before the first byte.
    void replaceMakesAnOldFileOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("backup"));
        QVERIFY(writeFile(path, "old secret"));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner |
                                                QFile::ReadGroup | QFile::ReadOther));
        DurableFile file;
        QVERIFY(file.open(path, DurableFile::Create::Replace));
        QVERIFY(!(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther)));
        QCOMPARE(contentOf(path), QByteArray());
        QVERIFY(file.write("new"));
        QVERIFY(file.commit());
        QCOMPARE(contentOf(path), QByteArray("new"));
    }

    void exclusiveRefusesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("taken"));
        QVERIFY(writeFile(path, "keep me"));
        DurableFile file;
        QVERIFY(!file.open(path, DurableFile::Create::Exclusive));
        QCOMPARE(file.error(), EEXIST);
        QVERIFY(!file.errorString().isEmpty());
        QCOMPARE(contentOf(path), QByteArray("keep me"));
    }

    // Someone who may write the folder cannot redirect the write elsewhere.
    void neverFollowsALink()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("elsewhere"));
        QVERIFY(writeFile(target, "untouched"));
        const QString link = dir.filePath(QStringLiteral("link"));
        QVERIFY(QFile::link(target, link));
        for (const DurableFile::Create mode :
             {DurableFile::Create::Replace, DurableFile::Create::Exclusive}) {
            DurableFile file;
            QVERIFY(!file.open(link, mode));
            QVERIFY(file.error() != 0);
        }
        QCOMPARE(contentOf(target), QByteArray("untouched"));
    }

    void noFolderIsAnError()
    {
        DurableFile file;
        QVERIFY(!file.open(QStringLiteral("/nonexistent-vigia/a"), DurableFile::Create::Replace));
        QCOMPARE(file.error(), ENOENT);
        QVERIFY(!DurableFile::syncFile(QStringLiteral("/nonexistent-vigia/a")));
        QVERIFY(!DurableFile::syncFolder(QStringLiteral("/nonexistent-vigia")));
    }

    void replaceTakesTheNameInOneStep()
    {
        QTemporaryDir dir;
        const QString part = dir.filePath(QStringLiteral("store.part"));
        const QString name = dir.filePath(QStringLiteral("store"));
        QVERIFY(writeFile(name, "old"));
        QVERIFY(writeFile(part, "new"));
        QVERIFY(DurableFile::syncFile(part));
        QVERIFY(DurableFile::replace(part, name));
        QVERIFY(!QFile::exists(part));
        QCOMPARE(contentOf(name), QByteArray("new"));
        QVERIFY(DurableFile::syncFolder(dir.path()));
        QVERIFY(!DurableFile::rename(part, name)); // gone already
        QCOMPARE(contentOf(name), QByteArray("new"));
    }
};

QTEST_GUILESS_MAIN(TestDurableFile)
#include "tst_durablefile.moc"
