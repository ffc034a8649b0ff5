// A select list of 10 000 choices, as a select_one_from_file row reads from
// a file: the filter box shows exactly the choices whose label holds what was
// typed, in list order; Enter picks the first, Down goes into the list; the
// answer stays chosen while the filter hides it. Neither field builds a
// widget per choice (10 000 check boxes would take seconds to open).
#include "ui/fields/ChoiceField.h"
#include "ui/fields/ChoiceListModel.h"
#include "ui/fields/MultiChoiceField.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>

using namespace vigia;

namespace {
constexpr int kChoices = 10000;

// "Village 0000" … "Village 9999", named v0 … v9999.
QList<FormSession::Choice> villages()
{
    QList<FormSession::Choice> out;
    for (int i = 0; i < kChoices; ++i) {
        out.append({QStringLiteral("v%1").arg(i),
                    QStringLiteral("Village %1").arg(i, 4, 10, QLatin1Char('0'))});
    }
    return out;
}

FormRow rowOf(const char *type)
{
    FormRow row(FormType::fromName(QString::fromLatin1(type)), QStringLiteral("village"));
    row.setListName(QStringLiteral("villages"));
    return row;
}

QStringList shownNames(QListView *list)
{
    QStringList names;
    for (int r = 0; r < list->model()->rowCount(); ++r)
        names << list->model()->index(r, 0).data(ChoiceListModel::kNameRole).toString();
    return names;
}
} // namespace

class TestChoiceField : public QObject
{
    Q_OBJECT

private slots:
    void tenThousandChoicesFilterAsOneTypes()
    {
        ChoiceField field(rowOf("select_one"), QStringLiteral("village"), kChoices);
        field.setChoices(villages());
        field.show();
        QVERIFY(QTest::qWaitForWindowExposed(&field));
        QVERIFY(!field.usesRadioButtons());
        QCOMPARE(field.list()->model()->rowCount(), kChoices);
        QSignalSpy edited(&field, &RecordField::edited);

        field.searchBox()->setFocus();
        QTest::keyClicks(field.searchBox(), QStringLiteral("123"));
        // "Village 0123", "1123" … "9123" and "1230" … "1239".
        const QStringList shown = shownNames(field.list());
        QStringList expected;
        for (int i = 0; i < kChoices; ++i) {
            if (QStringLiteral("Village %1").arg(i, 4, 10, QLatin1Char('0')).contains(u"123"))
                expected << QStringLiteral("v%1").arg(i);
        }
        QCOMPARE(expected.size(), 20);
        QCOMPARE(shown, expected);
        QCOMPARE(edited.size(), 0);

        // Any case; Enter picks the first shown.
        field.searchBox()->clear();
        QTest::keyClicks(field.searchBox(), QStringLiteral("VILLAGE 99"));
        QCOMPARE(field.list()->model()->rowCount(), 100);
        QTest::keyClick(field.searchBox(), Qt::Key_Return);
        QCOMPARE(field.value(), QStringLiteral("v9900"));
        QCOMPARE(edited.size(), 1);

        // Hidden by another filter, the answer stays; shown again, it is current.
        field.searchBox()->clear();
        QTest::keyClicks(field.searchBox(), QStringLiteral("0042"));
        QCOMPARE(shownNames(field.list()), QStringList{QStringLiteral("v42")});
        QCOMPARE(field.value(), QStringLiteral("v9900"));
        field.searchBox()->clear();
        QCOMPARE(field.list()->model()->rowCount(), kChoices);
        QCOMPARE(field.list()->currentIndex().row(), 9900);

        // Down goes into the list on the current choice; the arrows move it.
        QTest::keyClicks(field.searchBox(), QStringLiteral("Village 990"));
        QTest::keyClick(field.searchBox(), Qt::Key_Down);
        QVERIFY(field.list()->hasFocus());
        QTest::keyClick(field.list(), Qt::Key_Down);
        QCOMPARE(field.value(), QStringLiteral("v9901"));

        // Nothing matches: Enter picks nothing.
        field.searchBox()->setFocus();
        field.searchBox()->clear();
        QTest::keyClicks(field.searchBox(), QStringLiteral("zzz"));
        QCOMPARE(field.list()->model()->rowCount(), 0);
        QTest::keyClick(field.searchBox(), Qt::Key_Return);
        QCOMPARE(field.value(), QStringLiteral("v9901"));
    }

    void tenThousandChoicesToCheckFilterToo()
    {
        MultiChoiceField field(rowOf("select_multiple"), QStringLiteral("village"), kChoices);
        field.setChoices(villages());
        field.show();
        QVERIFY(QTest::qWaitForWindowExposed(&field));
        QVERIFY(!field.usesCheckBoxes());
        QCOMPARE(field.findChildren<QCheckBox *>().size(), 0);
        QSignalSpy edited(&field, &RecordField::edited);

        field.searchBox()->setFocus();
        QTest::keyClicks(field.searchBox(), QStringLiteral("9999"));
        QCOMPARE(shownNames(field.list()), QStringList{QStringLiteral("v9999")});
        QTest::keyClick(field.searchBox(), Qt::Key_Return);
        field.searchBox()->clear();
        QTest::keyClicks(field.searchBox(), QStringLiteral("0007"));
        QTest::keyClick(field.searchBox(), Qt::Key_Down);
        QVERIFY(field.list()->hasFocus());
        QTest::keyClick(field.list(), Qt::Key_Space);
        // List order, whatever the order of the clicks.
        QCOMPARE(field.value(), QStringLiteral("v7 v9999"));
        QCOMPARE(edited.size(), 2);

        // Loading a value checks it without an edit; the list shows the marks.
        field.setValue(QStringLiteral("v3"));
        QCOMPARE(edited.size(), 2);
        field.searchBox()->clear();
        const QModelIndex three = field.list()->model()->index(3, 0);
        QCOMPARE(three.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(field.list()->model()->index(7, 0).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Unchecked));
    }

    void fewChoicesKeepTheirButtons()
    {
        QList<FormSession::Choice> few = villages().mid(0, 3);
        MultiChoiceField many(rowOf("select_multiple"), QStringLiteral("village"), 3);
        many.setChoices(few);
        QVERIFY(many.usesCheckBoxes());
        QCOMPARE(many.boxes().size(), 3);
        ChoiceField one(rowOf("select_one"), QStringLiteral("village"), 3);
        one.setChoices(few);
        QVERIFY(one.usesRadioButtons());
    }
};

QTEST_MAIN(TestChoiceField)
#include "tst_choicefield.moc"
