// ShapedLines: a cell's text is shaped once, elided at the right where the
// ellipsis still fits, and shaping a long text only as far as it can show
// gives the same cut as shaping all of it.
#include "ui/records/ShapedLines.h"

#include <QApplication>
#include <QImage>
#include <QStyleOptionViewItem>
#include <QTest>

using namespace vigia;

class TestShapedLines : public QObject
{
    Q_OBJECT

private:
    QImage m_device{10, 10, QImage::Format_ARGB32_Premultiplied};

    static QStyleOptionViewItem option(const QFont &font = QApplication::font())
    {
        QStyleOptionViewItem opt;
        opt.font = font;
        opt.fontMetrics = QFontMetrics(font);
        opt.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
        opt.textElideMode = Qt::ElideRight;
        opt.direction = Qt::LeftToRight;
        return opt;
    }

    // Where a cut falls when the whole text is laid out at once.
    qreal fullCut(const QString &text, int width, const QStyleOptionViewItem &opt)
    {
        QTextLayout layout(text, opt.font, &m_device);
        QTextOption noWrap;
        noWrap.setWrapMode(QTextOption::NoWrap);
        layout.setTextOption(noWrap);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(width);
        layout.endLayout();
        const int room = width - opt.fontMetrics.horizontalAdvance(QChar(0x2026));
        int cut = line.xToCursor(room, QTextLine::CursorBetweenCharacters);
        if (line.cursorToX(cut) > room)
            cut = layout.previousCursorPosition(cut);
        return line.cursorToX(cut);
    }

private slots:
    void aTextThatFitsIsNotElided()
    {
        ShapedLines lines;
        const auto line = lines.shape(QStringLiteral("Finalized"), 400, option(), &m_device);
        QCOMPARE(line.layout->text(), QStringLiteral("Finalized"));
        QVERIFY(line.cutX < 0);
        QVERIFY(line.layout->lineAt(0).naturalTextWidth() <= 400);
    }

    void aLongTextIsCutWhereTheEllipsisStillFits()
    {
        ShapedLines lines;
        const QStyleOptionViewItem opt = option();
        QString text;
        for (int i = 0; text.size() < 5000; ++i)
            text += QStringLiteral("Observation %1 at the bridge checkpoint; ").arg(i);
        const int width = 200;
        const auto line = lines.shape(text, width, opt, &m_device);
        QVERIFY(line.cutX > 0);
        const int ellipsis = opt.fontMetrics.horizontalAdvance(QChar(0x2026));
        QVERIFY(line.cutX + ellipsis <= width);
        // ... and no later boundary would leave it room.
        QVERIFY(line.cutX + ellipsis > width - 2 * opt.fontMetrics.maxWidth());
        // Only a part was shaped, and the cut is where shaping all would put it.
        QVERIFY(line.layout->text().size() < 1000);
        QCOMPARE(line.cutX, fullCut(text, width, opt));
    }

    void narrowLettersThatFitThePartAreShapedWhole()
    {
        ShapedLines lines;
        const QStyleOptionViewItem opt = option();
        // Narrow letters: twice what average letters fill may still fit.
        const QString text = QString(400, QLatin1Char('i')) + QString(400, QLatin1Char('W'));
        const int width = 300;
        const auto line = lines.shape(text, width, opt, &m_device);
        QVERIFY(line.cutX > 0);
        QCOMPARE(line.cutX, fullCut(text, width, opt));
    }

    void aTextIsShapedOncePerWidthAndFont()
    {
        ShapedLines lines;
        const auto first = lines.shape(QStringLiteral("Argentina"), 120, option(), &m_device);
        const auto again = lines.shape(QStringLiteral("Argentina"), 120, option(), &m_device);
        QCOMPARE(again.layout.get(), first.layout.get());
        const auto wider = lines.shape(QStringLiteral("Argentina"), 160, option(), &m_device);
        QVERIFY(wider.layout.get() != first.layout.get());
        QFont bigger = QApplication::font();
        bigger.setPointSizeF(bigger.pointSizeF() * 2);
        const auto big = lines.shape(QStringLiteral("Argentina"), 120, option(bigger), &m_device);
        QVERIFY(big.layout.get() != first.layout.get());
        QCOMPARE(big.layout->font(), bigger);
    }
};

QTEST_MAIN(TestShapedLines)
#include "tst_shapedlines.moc"
