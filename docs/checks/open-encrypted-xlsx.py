#!/usr/bin/python3
"""Open Amparo's password-protected .xlsx exports in LibreOffice (headless, over UNO) the way a lawyer would.

For each workbook given:
  * with a password: loading it without a password and with a wrong one must FAIL, loading it with the password
    must SUCCEED;
  * without a password (--plain): loading it must succeed (a control for the unencrypted export).
For every workbook that opened it prints the sheet names, the first rows of each sheet as LibreOffice displays them,
the type and number format of each cell in the first data row, the number of formula cells (must be 0) and of charts,
and exports the whole workbook to PDF.

The password is never taken from the command line (it would show in `ps`): one line of standard input with
--password-stdin, else the XLSX_PASSWORD environment variable.

Run with the system Python that has python3-uno (/usr/bin/python3), e.g.
  echo 'the password' | /usr/bin/python3 docs/checks/open-encrypted-xlsx.py --password-stdin \
      --pdf-dir /tmp/out case.xlsx register.xlsx
  /usr/bin/python3 docs/checks/open-encrypted-xlsx.py --plain --pdf-dir /tmp/out register-plain.xlsx
Exit code 0 when every expectation held, 1 when one did not, 2 for bad usage or when LibreOffice could not start.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.sheet.CellFlags import FORMULA

CELL_TYPES = {"EMPTY": "empty", "VALUE": "number", "TEXT": "text", "FORMULA": "FORMULA"}


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


class Office:
    """A private headless soffice (own profile, own pipe) or one already listening on --connect."""

    def __init__(self, connect=None, soffice="soffice"):
        self.process = None
        self.profile = None
        if connect:
            url = "uno:%s;urp;StarOffice.ComponentContext" % connect
        else:
            pipe = "amparo-lo-check-" + uuid.uuid4().hex[:8]
            self.profile = tempfile.mkdtemp(prefix="amparo-lo-profile-")
            self.process = subprocess.Popen(
                [soffice, "--headless", "--invisible", "--nologo", "--norestore", "--nodefault",
                 "--nolockcheck", "-env:UserInstallation=file://" + self.profile,
                 "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            url = "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.time() + 60
        while True:
            try:
                ctx = resolver.resolve(url)
                break
            except Exception:
                if time.time() > deadline or (self.process and self.process.poll() is not None):
                    self.close()
                    raise SystemExit("error: could not connect to LibreOffice at " + url)
                time.sleep(0.5)
        self.desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        self.version = self._version(ctx)

    @staticmethod
    def _version(ctx):
        try:
            provider = ctx.ServiceManager.createInstanceWithContext(
                "com.sun.star.configuration.ConfigurationProvider", ctx)
            access = provider.createInstanceWithArguments(
                "com.sun.star.configuration.ConfigurationAccess", (prop("nodepath", "/org.openoffice.Setup/Product"),))
            return "%s %s" % (access.getByName("ooName"), access.getByName("ooSetupVersionAboutBox"))
        except Exception:
            return "unknown"

    def load(self, path, password=None):
        """The loaded document, or None with the reason LibreOffice refused it."""
        # No FilterName: LibreOffice's type detection picks the filter, as when a user opens the file. Forcing
        # "Calc Office Open XML" (ISO 29500) would read the 1900 date serials one day late (null date 1899-12-31).
        args = [prop("Hidden", True), prop("ReadOnly", True)]
        if password is not None:
            args.append(prop("Password", password))
        try:
            doc = self.desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(path)), "_blank", 0,
                                                    tuple(args))
        except Exception as e:  # IllegalArgumentException / IOException when the password is missing or wrong
            return None, "%s: %s" % (type(e).__name__, (getattr(e, "Message", "") or str(e)).strip() or "-")
        if doc is None:
            return None, "loadComponentFromURL returned nothing"
        if not hasattr(doc, "getSheets"):
            doc.close(True)
            return None, "not a spreadsheet"
        return doc, None

    def close(self):
        if self.process:
            try:
                self.desktop.terminate()
            except Exception:
                pass
            try:
                self.process.wait(timeout=20)
            except Exception:
                self.process.kill()  # only the soffice this script started
            self.process = None
        if self.profile:
            shutil.rmtree(self.profile, ignore_errors=True)
            self.profile = None


def used_area(sheet):
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    a = cursor.getRangeAddress()
    return a.EndRow + 1, a.EndColumn + 1


def column_name(i):
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


def describe_cell(doc, cell):
    kind = CELL_TYPES.get(cell.getType().value, cell.getType().value)
    if kind != "number":
        return kind
    fmt = doc.getNumberFormats().getByKey(cell.NumberFormat)
    return "number[%s]" % fmt.FormatString


def formula_count(sheet):
    ranges = sheet.queryContentCells(FORMULA)
    cells = ranges.getCells().createEnumeration()
    n = 0
    while cells.hasMoreElements():
        cells.nextElement()
        n += 1
    return n


def report(doc, rows, width):
    """Prints what LibreOffice shows; returns the number of formula cells found."""
    formulas = 0
    sheets = doc.getSheets()
    print("  sheets: " + ", ".join(sheets.getElementNames()))
    for s in range(sheets.getCount()):
        sheet = sheets.getByIndex(s)
        nrows, ncols = used_area(sheet)
        f = formula_count(sheet)
        formulas += f
        charts = sheet.getCharts().getCount()
        print("  [%s] used %d rows x %d columns, formula cells=%d, charts=%d"
              % (sheet.getName(), nrows, ncols, f, charts))
        for r in range(min(rows, nrows)):
            texts = [sheet.getCellByPosition(c, r).getString().replace("\n", " ") for c in range(ncols)]
            line = " | ".join(t if len(t) <= width else t[:width - 1] + "~" for t in texts)
            print("    %d: %s" % (r + 1, line))
        if nrows > 1:
            kinds = ["%s=%s" % (column_name(c), describe_cell(doc, sheet.getCellByPosition(c, 1)))
                     for c in range(ncols)]
            print("    row 2 types: " + ", ".join(kinds))
    return formulas


def filter_name(doc):
    return next((a.Value for a in doc.getArgs() if a.Name == "FilterName"), "?")


def export_pdf(doc, path, pdf_dir):
    os.makedirs(pdf_dir, exist_ok=True)
    pdf = os.path.join(os.path.abspath(pdf_dir), os.path.splitext(os.path.basename(path))[0] + ".pdf")
    doc.storeToURL(uno.systemPathToFileUrl(pdf), (prop("FilterName", "calc_pdf_Export"),))
    return pdf


def check(office, path, password, args):
    ok = True

    def expect(label, good, detail):
        nonlocal ok
        ok = ok and good
        print("  %s %s%s" % ("PASS" if good else "FAIL", label, (" (" + detail + ")") if detail else ""))

    print("== " + path)
    if password is not None:
        for label, attempt in (("refused without a password", None), ("refused with a wrong password",
                                                                       password + "-wrong")):
            doc, why = office.load(path, attempt)
            if doc is not None:
                doc.close(True)
            expect(label, doc is None, why or "it opened")
    doc, why = office.load(path, password)
    expect("opened with the password" if password is not None else "opened (no password)", doc is not None, why)
    if doc is None:
        return False
    try:
        null = doc.NullDate
        print("  filter: %s, null date %04d-%02d-%02d (1899-12-30 expected)"
              % (filter_name(doc), null.Year, null.Month, null.Day))
        expect("dates read from the 1900 system", (null.Year, null.Month, null.Day) == (1899, 12, 30), None)
        formulas = report(doc, args.rows, args.width)
        expect("no formula cells", formulas == 0, "%d found" % formulas if formulas else None)
        if args.pdf_dir:
            print("  pdf: " + export_pdf(doc, path, args.pdf_dir))
    finally:
        doc.close(True)
    return ok


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", metavar="FILE.xlsx")
    ap.add_argument("--password-stdin", action="store_true", help="read the password from one line of stdin")
    ap.add_argument("--plain", action="store_true", help="the files have no password (control run)")
    ap.add_argument("--pdf-dir", help="export each opened workbook to a PDF in this folder")
    ap.add_argument("--rows", type=int, default=4, help="rows to print per sheet (default 4)")
    ap.add_argument("--width", type=int, default=28, help="cut cell text to this many characters (default 28)")
    ap.add_argument("--connect", help="UNO connection of a running soffice, e.g. socket,host=localhost,port=2002")
    args = ap.parse_args()
    password = None
    if not args.plain:
        password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else os.environ.get("XLSX_PASSWORD")
        if not password:
            ap.error("give the password with --password-stdin or XLSX_PASSWORD, or use --plain")
    for f in args.files:
        if not os.path.isfile(f):
            ap.error("no such file: " + f)
    office = Office(args.connect)
    try:
        print("LibreOffice: " + office.version)
        results = [check(office, f, password, args) for f in args.files]
    finally:
        office.close()
    print("RESULT: %s (%d of %d workbooks as expected)" % ("PASS" if all(results) else "FAIL", sum(results),
                                                            len(results)))
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
