#!/usr/bin/env python3
"""Writes the XLSX seeds of the answers_xlsx fuzz target (fuzz/corpus/answers_xlsx/).

Minimal workbooks written by hand with zipfile, so that no spreadsheet library is needed: inline
strings, shared strings, numbers, a boolean, a date cell with a style, a sheet named `answers`
that is not the first, and a sheet whose data starts below and right of A1.
"""
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
{sheets}
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>
<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs>
</styleSheet>"""


def col(i):
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


def cell(ref, v, shared):
    if isinstance(v, bool):
        return f'<c r="{ref}" t="b"><v>{int(v)}</v></c>'
    if isinstance(v, (int, float)):
        return f'<c r="{ref}"><v>{v}</v></c>'
    if isinstance(v, tuple):  # ("date", serial)
        return f'<c r="{ref}" s="1"><v>{v[1]}</v></c>'
    if v.startswith("s:"):
        shared.append(v[2:])
        return f'<c r="{ref}" t="s"><v>{len(shared) - 1}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(v)}</t></is></c>'


def sheet(rows, shared, row0=0, col0=0):
    out = []
    for r, row in enumerate(rows):
        cells = "".join(cell(f"{col(col0 + c)}{row0 + r + 1}", v, shared) for c, v in enumerate(row) if v is not None)
        out.append(f'<row r="{row0 + r + 1}">{cells}</row>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            + "".join(out) + "</sheetData></worksheet>")


def workbook(path, sheets):
    shared = []
    parts = [(name, sheet(rows, shared, *offset)) for name, rows, offset in sheets]
    names = "".join(f'<sheet name="{escape(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (n, _) in enumerate(parts))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          f"<sheets>{names}</sheets></workbook>")
    rels = "".join(
        f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
        for i in range(len(parts)))
    rels += (f'<Relationship Id="rId{len(parts) + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
             f'<Relationship Id="rId{len(parts) + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>')
    sst = "".join(f"<si><t>{escape(s)}</t></si>" for s in shared)
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(len(parts)))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES.format(sheets=overrides))
        z.writestr("_rels/.rels", RELS)
        z.writestr("xl/workbook.xml", wb)
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   + rels + "</Relationships>")
        z.writestr("xl/styles.xml", STYLES)
        z.writestr("xl/sharedStrings.xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(shared)}" uniqueCount="{len(shared)}">{sst}</sst>')
        for i, (_, xml) in enumerate(parts):
            z.writestr(f"xl/worksheets/sheet{i + 1}.xml", xml)


def main(out):
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    header = ["unit", "question", "value", "comment", "evidence"]
    workbook(out / "gca-every-type.xlsx", [("answers", [
        header,
        ["KEN", "s:LEG1.1", "s:in-place", "=not a formula", "https://example.org/law"],
        ["KEN", "LEG4.2", "energy;finance", None, None],
        ["KEN", "TEC1b.3", 12, None, None],
        ["KEN", "s:ORG1.3", ("date", 45382), None, None],
        ["KEN", "ORG2.4", True, "boolean", None],
        ["FRA", "COO2.3", "s:none", None, None],
        ["FRA", "TEC1b.3", 2.5, None, None],
    ], (0, 0))])
    workbook(out / "cirt-offset-second-sheet.xlsx", [
        ("notes", [["read the other sheet"]], (0, 0)),
        ("Answers", [
            ["Unit", "Question", "Value"],
            ["team-a", "ORG1.1", "yes"],
            ["team-a", "ORG1.4", "draft"],
            ["team b", "PROC1.2", "no"],
            [None, None, None],
            ["team b", "HUM1.1", "partial"],
        ], (3, 2)),
    ])
    workbook(out / "errors.xlsx", [("Sheet1", [
        ["unit", "question", "value", "extra"],
        ["ken", "LEG1.1", "yes", None],
        ["KEN", "LEG9", 1e300, None],
    ], (0, 0))])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "fuzz/corpus/answers_xlsx")
