#include "forms/ChoiceFile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vigia;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

// The choice files of select_one_from_file: CSV with quoting, ODK's XML, and
// the errors an author can act on.
class tst_ChoiceFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(data);
        return path;
    }

private slots:
    void csv()
    {
        const QString path = write(s("places.csv"), "\xEF\xBB\xBFName,label,Region\r\n"
                                                    "a,\"Alpha, the first\",north\r\n"
                                                    "\r\n"
                                                    "b,\"Say \"\"B\"\"\nthen\",south\n"
                                                    "c,Gamma,");
        auto read = ChoiceFile::read(path, s("places.csv"), s("en"));
        QVERIFY2(read.ok(), qPrintable(read.error().message()));
        const QList<FormChoice> &choices = read.value();
        QCOMPARE(choices.size(), 3);
        QCOMPARE(choices.at(0).listName(), s("places.csv"));
        QCOMPARE(choices.at(0).name(), s("a"));
        QCOMPARE(choices.at(0).label().value(s("en")), s("Alpha, the first"));
        QCOMPARE(choices.at(0).attributes().value(s("region")), s("north"));
        QCOMPARE(choices.at(1).label().value(s("en")), s("Say \"B\"\nthen"));
        QCOMPARE(choices.at(2).attributes().value(s("region")), QString());
    }

    void xml()
    {
        const QString path = write(s("places.xml"), "<root><item><name>a</name><label>Alpha"
                                                    "</label><region>north</region></item>"
                                                    "<item><label>Beta</label><name>b</name>"
                                                    "</item></root>");
        auto read = ChoiceFile::read(path, s("places.xml"), s("default"));
        QVERIFY2(read.ok(), qPrintable(read.error().message()));
        QCOMPARE(read.value().size(), 2);
        QCOMPARE(read.value().at(0).attributes().value(s("region")), s("north"));
        QCOMPARE(read.value().at(1).name(), s("b"));
        QCOMPARE(read.value().at(1).label().value(s("default")), s("Beta"));
    }

    void errors()
    {
        auto noName = ChoiceFile::read(write(s("a.csv"), "label\nAlpha\n"), s("a.csv"), s("en"));
        QVERIFY(!noName.ok());
        QCOMPARE(noName.error().message(),
                 s("a.csv row 1: the file needs a name column; add it to its first row."));
        auto empty =
            ChoiceFile::read(write(s("b.csv"), "name,label\na,A\n,B\n"), s("b.csv"), s("en"));
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().message(), s("b.csv row 3, column name: the choice has no name; "
                                            "fill it in or delete the row."));
        auto broken =
            ChoiceFile::read(write(s("c.xml"), "<root><item><name>a</item>"), s("c.xml"), s("en"));
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().message().startsWith(s("c.xml is not well-formed XML")),
                 qPrintable(broken.error().message()));
    }

    // Ten thousand choices, as a list of villages has: read well within a second.
    void tenThousand()
    {
        QByteArray data = "name,label,district\n";
        for (int i = 0; i < 10000; ++i)
            data += "v" + QByteArray::number(i) + ",Village " + QByteArray::number(i) + ",d" +
                    QByteArray::number(i % 50) + "\n";
        const QString path = write(s("villages.csv"), data);
        QElapsedTimer timer;
        timer.start();
        auto read = ChoiceFile::read(path, s("villages.csv"), s("en"));
        QVERIFY(read.ok());
        QCOMPARE(read.value().size(), 10000);
        QCOMPARE(read.value().last().attributes().value(s("district")), s("d49"));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(tst_ChoiceFile)
#include "tst_choicefile.moc"
