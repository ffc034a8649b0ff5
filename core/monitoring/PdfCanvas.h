#pragma once

#include "common/Result.h"
#include "monitoring/PdfColor.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>

namespace vigia {

// A small PDF 1.4 writer for the country report (docs/monitoring.md,
// "Country report"): A4 pages of text in the standard Helvetica fonts
// (WinAnsi encoding, which covers Spanish and Portuguese), lines, polylines
// and filled rectangles. It needs only QtCore: the core and vigiactl never
// link Qt Gui (docs/architecture.md), so QPdfWriter is not available to
// them. Coordinates are points from the page's top left corner.
class PdfCanvas
{
    Q_DECLARE_TR_FUNCTIONS(vigia::PdfCanvas)

public:
    static constexpr double kWidth = 595.28;  // A4
    static constexpr double kHeight = 841.89; // A4

    using Color = PdfColor;

    PdfCanvas();

    void newPage();
    [[nodiscard]] int pageCount() const { return int(m_pages.size()); }

    // Text with its baseline at y.
    void text(double x, double y, double size, const QString &text, bool bold = false,
              Color color = {});
    // Text right-aligned on `right`.
    void textRight(double right, double y, double size, const QString &text, bool bold = false);
    // An estimate of the width of `text` (Helvetica's average advances),
    // good enough to wrap and align.
    [[nodiscard]] static double textWidth(const QString &text, double size, bool bold = false);
    // Breaks `text` into lines no wider than `width`.
    [[nodiscard]] static QStringList wrap(const QString &text, double size, double width,
                                          bool bold = false);

    void line(double x1, double y1, double x2, double y2, double width = 0.5, Color color = {},
              bool dashed = false);
    void polyline(const QList<QPointF> &points, double width, Color color, bool dashed = false);
    void fillRect(double x, double y, double w, double h, Color color);

    // The whole document; Io when the file cannot be written.
    [[nodiscard]] QByteArray document(const QString &title) const;
    [[nodiscard]] Status save(const QString &path, const QString &title) const;

private:
    [[nodiscard]] QByteArray &page();

    QList<QByteArray> m_pages; // content streams
};

} // namespace vigia
