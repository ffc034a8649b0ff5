#include "LayerRules.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using vigia::test::LayerRules;

// The include rule of docs/architecture.md: lower layers never include higher
// ones, the core never uses Gui or Widgets, the interface no SQL or crypto.
// The build already refuses most upward includes (each library sees only the
// headers below it); this test names the offending line and also catches what
// an include path cannot (a Qt module, a bare or "../" include).
class tst_Layering : public QObject
{
    Q_OBJECT

private:
    static void write(const QString &path, const QByteArray &text)
    {
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }

private slots:
    void theTreeKeepsTheRule()
    {
        const QString root = qEnvironmentVariable("VIGIA_TEST_SOURCE_DIR");
        QVERIFY2(QFileInfo::exists(root + QStringLiteral("/core/db/Database.h")),
                 "VIGIA_TEST_SOURCE_DIR must name a checkout");
        const QStringList found = LayerRules::vigia().violations(root);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void reportsEveryKindOfViolation()
    {
        QTemporaryDir dir;
        const QString r = dir.path();
        write(r + QStringLiteral("/core/db/Database.cpp"),
              "#include \"db/Database.h\"\n#include \"store/Migrations.h\"\n");
        write(r + QStringLiteral("/core/oplog/OpLog.cpp"),
              "#include \"oplog/OpLog.h\"\n#include \"db/Database.h\"\n#include <QWidget>\n");
        write(r + QStringLiteral("/core/forms/expr/ExprNode.cpp"),
              "#include \"forms/FormRow.h\"\n#include \"forms/expr/ExprNode.h\"\n");
        write(r + QStringLiteral("/core/store/Workspace.cpp"),
              "#include \"Workspace.h\"\n#include \"../db/Database.h\"\n");
        write(r + QStringLiteral("/ui/records/RecordEditor.cpp"),
              "#include \"ui/fields/NumberField.h\"\n#include <sqlite3.h>\n"
              "#include \"cli/CliApp.h\"\n#include \"RecordEditor.moc\"\n");
        write(r + QStringLiteral("/app/cli/CliApp.cpp"),
              "#include \"cli/CliApp.h\"\n#include \"ui/shell/MainWindow.h\"\n");
        const QStringList found = LayerRules::vigia().violations(r);
        const QStringList expected = {
            QStringLiteral("app/cli/CliApp.cpp:2:"),
            QStringLiteral("core/db/Database.cpp:2:"),
            QStringLiteral("core/forms/expr/ExprNode.cpp:1:"),
            QStringLiteral("core/oplog/OpLog.cpp:3:"),
            QStringLiteral("core/store/Workspace.cpp:1:"),
            QStringLiteral("core/store/Workspace.cpp:2:"),
            QStringLiteral("ui/records/RecordEditor.cpp:2:"),
            QStringLiteral("ui/records/RecordEditor.cpp:3:"),
        };
        QCOMPARE(found.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QVERIFY2(found.at(i).startsWith(expected.at(i)), qPrintable(found.at(i)));
    }
};

QTEST_GUILESS_MAIN(tst_Layering)
#include "tst_layering.moc"
