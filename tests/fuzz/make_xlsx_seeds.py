#!/usr/bin/env python3
"""Writes the seed workbooks of fuzz_xlsx_reader into corpus/xlsx_reader.

Small XLSForm workbooks authored here (not taken from any corpus): shared and
inline strings, numbers, booleans, a date style, and a settings sheet, so the
fuzzer starts from files that reach the importer. Run it again after editing;
the output is deterministic."""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus", "xlsx_reader")

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
{overrides}
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs>
</styleSheet>"""
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def col(i):
    name = ""
    i += 1
    while i > 0:
        i, rest = divmod(i - 1, 26)
        name = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[rest] + name
    return name


def sheet_xml(rows, shared):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           f'<worksheet xmlns="{MAIN}"><sheetData>']
    for r, row in enumerate(rows, start=1):
        out.append(f'<row r="{r}">')
        for c, value in enumerate(row):
            ref = f"{col(c)}{r}"
            if value is None:
                continue
            if isinstance(value, bool):
                out.append(f'<c r="{ref}" t="b"><v>{int(value)}</v></c>')
            elif isinstance(value, (int, float)):
                out.append(f'<c r="{ref}"><v>{value}</v></c>')
            elif isinstance(value, tuple):  # (serial, "date")
                out.append(f'<c r="{ref}" s="1"><v>{value[0]}</v></c>')
            elif value.startswith("inline:"):
                out.append(f'<c r="{ref}" t="inlineStr"><is><t>{value[7:]}</t></is></c>')
            else:
                if value not in shared:
                    shared.append(value)
                out.append(f'<c r="{ref}" t="s"><v>{shared.index(value)}</v></c>')
        out.append("</row>")
    out.append("</sheetData></worksheet>")
    return "".join(out)


def workbook(path, sheets):
    shared = []
    parts = {}
    sheet_entries = []
    rels = []
    overrides = []
    for i, (name, rows) in enumerate(sheets, start=1):
        parts[f"xl/worksheets/sheet{i}.xml"] = sheet_xml(rows, shared)
        sheet_entries.append(f'<sheet name="{name}" sheetId="{i}" r:id="rId{i}"/>')
        rels.append(f'<Relationship Id="rId{i}" Type="{REL}/worksheet" '
                    f'Target="worksheets/sheet{i}.xml"/>')
        overrides.append(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType='
                         '"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
    n = len(sheets)
    rels.append(f'<Relationship Id="rId{n + 1}" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>')
    rels.append(f'<Relationship Id="rId{n + 2}" Type="{REL}/styles" Target="styles.xml"/>')
    strings = "".join(f"<si><t>{s}</t></si>" for s in shared)
    parts["xl/sharedStrings.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="{MAIN}" '
        f'count="{len(shared)}" uniqueCount="{len(shared)}">{strings}</sst>')
    parts["xl/styles.xml"] = STYLES
    parts["xl/workbook.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{MAIN}" '
        f'xmlns:r="{REL}"><sheets>{"".join(sheet_entries)}</sheets></workbook>')
    parts["xl/_rels/workbook.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns='
        f'"http://schemas.openxmlformats.org/package/2006/relationships">{"".join(rels)}</Relationships>')
    parts["[Content_Types].xml"] = CONTENT_TYPES.format(overrides="".join(overrides))
    parts["_rels/.rels"] = ROOT_RELS
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(parts):
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, parts[name])


def main():
    os.makedirs(OUT, exist_ok=True)
    survey = [["type", "name", "label::English (en)", "label::Español (es)", "required",
               "constraint", "relevant", "calculation", "choice_filter"],
              ["integer", "age", "Age", "Edad", True, ". >= 0 and . < 120", None, None, None],
              ["select_one country", "country", "Country", "País", "yes", None, None, None, None],
              ["select_one zone", "zone", "Zone", "Zona", None, None, "${country} != ''",
               None, "filter = ${country}"],
              ["begin_repeat", "members", "Members", "Miembros", None, None, None, None, None],
              ["decimal", "income", "Income", "Ingreso", None, None, None, None, None],
              ["end_repeat", None, None, None, None, None, None, None, None],
              ["calculate", "total", None, None, None, None, None, "sum(${income})", None],
              ["date", "when", "inline:When", None, None, None, None, None, None]]
    choices = [["list_name", "name", "label", "filter"],
               ["country", "co", "Colombia", None], ["country", "br", "Brasil", None],
               ["zone", "z1", "Leticia", "co"], ["zone", "z2", "Tabatinga", "br"],
               ["zone", 3, (45000, "date"), 1.5]]
    settings = [["form_id", "version", "default_language"], ["seed", 1, "English (en)"]]
    workbook(os.path.join(OUT, "xlsform_full.xlsx"),
             [("survey", survey), ("choices", choices), ("settings", settings)])
    workbook(os.path.join(OUT, "survey_only.xlsx"),
             [("Survey", [["TYPE", "NAME", "LABEL"], ["text", "q", "Question"],
                          ["note", "n", "inline:Note"]])])
    workbook(os.path.join(OUT, "empty_sheet.xlsx"), [("survey", [])])
    # Issue 14: one value in column ALL (the last XlsxLimits allows) on each
    # of 1001 rows. A few kilobytes that used to make the parser hold a
    # million cells; rows are sparse now, so it costs 1001.
    far_right = [[None] * 999 + [1] for _ in range(1001)]
    workbook(os.path.join(OUT, "far_right_cells.xlsx"), [("survey", far_right)])


if __name__ == "__main__":
    main()
