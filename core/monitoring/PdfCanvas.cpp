#include "monitoring/PdfCanvas.h"

#include <QFile>
#include <QSaveFile>

#include <algorithm>

namespace vigia {

namespace {
QByteArray num(double v)
{
    return QByteArray::number(v, 'f', 2);
}

double flip(double y)
{
    return PdfCanvas::kHeight - y;
}

QByteArray color(const PdfCanvas::Color &c, const char *op)
{
    return num(c.r) + ' ' + num(c.g) + ' ' + num(c.b) + ' ' + op + '\n';
}

// A PDF string in WinAnsi (Latin-1 for the letters of es and pt); what it
// cannot hold becomes "?".
QByteArray pdfString(const QString &text)
{
    QByteArray out("(");
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        char c = '?';
        if (u == 0x2013 || u == 0x2014)
            c = char(u == 0x2013 ? 0x96 : 0x97);
        else if (u == 0x2026)
            c = char(0x85);
        else if (u == 0x2019)
            c = char(0x92);
        else if (u == 0x2264 || u == 0x2265)
            c = u == 0x2264 ? '<' : '>';
        else if (u >= 0x20 && u < 0x100 && u != 0x7f)
            c = char(u);
        if (c == '(' || c == ')' || c == '\\')
            out += '\\';
        out += c;
    }
    out += ')';
    return out;
}
} // namespace

PdfCanvas::PdfCanvas() = default;

void PdfCanvas::newPage()
{
    m_pages.append(QByteArray());
}

QByteArray &PdfCanvas::page()
{
    if (m_pages.isEmpty())
        newPage();
    return m_pages.last();
}

void PdfCanvas::text(double x, double y, double size, const QString &text, bool bold, Color c)
{
    QByteArray &p = page();
    p += color(c, "rg");
    p += "BT /" + QByteArray(bold ? "F2 " : "F1 ") + num(size) + " Tf " + num(x) + ' ' +
         num(flip(y)) + " Td " + pdfString(text) + " Tj ET\n";
}

void PdfCanvas::textRight(double right, double y, double size, const QString &s, bool bold)
{
    text(right - textWidth(s, size, bold), y, size, s, bold);
}

double PdfCanvas::textWidth(const QString &s, double size, bool bold)
{
    // Helvetica's advances in thousandths of the size, by kind of glyph.
    double units = 0;
    for (const QChar ch : s) {
        if (ch == QLatin1Char(' ') || ch == QLatin1Char('.') || ch == QLatin1Char(',') ||
            ch == QLatin1Char(':') || ch == QLatin1Char(';') || ch == QLatin1Char('i') ||
            ch == QLatin1Char('l') || ch == QLatin1Char('j') || ch == QLatin1Char('I') ||
            ch == QLatin1Char('(') || ch == QLatin1Char(')') || ch == QLatin1Char('t') ||
            ch == QLatin1Char('f') || ch == QLatin1Char('r'))
            units += 300;
        else if (ch == QLatin1Char('m') || ch == QLatin1Char('w') || ch == QLatin1Char('M') ||
                 ch == QLatin1Char('W'))
            units += 850;
        else if (ch.isUpper())
            units += 690;
        else
            units += 556;
    }
    return units * size / 1000.0 * (bold ? 1.06 : 1.0);
}

QStringList PdfCanvas::wrap(const QString &s, double size, double width, bool bold)
{
    QStringList lines;
    QString current;
    for (const QString &word : s.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString candidate = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
        if (!current.isEmpty() && textWidth(candidate, size, bold) > width) {
            lines.append(current);
            current = word;
        } else {
            current = candidate;
        }
    }
    if (!current.isEmpty())
        lines.append(current);
    return lines;
}

void PdfCanvas::line(double x1, double y1, double x2, double y2, double width, Color c, bool dashed)
{
    polyline({QPointF(x1, y1), QPointF(x2, y2)}, width, c, dashed);
}

void PdfCanvas::polyline(const QList<QPointF> &points, double width, Color c, bool dashed)
{
    if (points.size() < 2)
        return;
    QByteArray &p = page();
    p += "q " + num(width) + " w " + (dashed ? "[4 3] 0 d " : "") + color(c, "RG");
    p += num(points.first().x()) + ' ' + num(flip(points.first().y())) + " m\n";
    for (qsizetype i = 1; i < points.size(); ++i)
        p += num(points.at(i).x()) + ' ' + num(flip(points.at(i).y())) + " l\n";
    p += "S Q\n";
}

void PdfCanvas::fillRect(double x, double y, double w, double h, Color c)
{
    QByteArray &p = page();
    p += "q " + color(c, "rg") + num(x) + ' ' + num(flip(y + h)) + ' ' + num(w) + ' ' + num(h) +
         " re f Q\n";
}

QByteArray PdfCanvas::document(const QString &title) const
{
    // Objects: 1 catalog, 2 pages, 3 and 4 fonts, 5 info, then per page
    // its page object and its content stream.
    QByteArray out("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
    QList<qsizetype> offsets;
    const auto object = [&](const QByteArray &body) {
        offsets.append(out.size());
        out += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    const int pages = std::max(1, int(m_pages.size()));
    QByteArray kids;
    for (int i = 0; i < pages; ++i)
        kids += QByteArray::number(6 + 2 * i) + " 0 R ";
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages) + " >>");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding "
           "/WinAnsiEncoding >>");
    object("<< /Title " + pdfString(title) + " /Producer (Vigia) >>");
    for (int i = 0; i < pages; ++i) {
        const QByteArray content = i < m_pages.size() ? m_pages.at(i) : QByteArray();
        object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + num(kWidth) + ' ' + num(kHeight) +
               "] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents " +
               QByteArray::number(7 + 2 * i) + " 0 R >>");
        object("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
               "endstream");
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) +
           " /Root 1 0 R /Info 5 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

Status PdfCanvas::save(const QString &path, const QString &title) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(document(title)) < 0 || !file.commit())
        return Error(ErrorCode::Io,
                     tr("The report could not be written to %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace vigia
