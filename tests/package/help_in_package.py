"""The help in the package: the pages made from docs/, the menu that opens them and the Basic
library that the menu runs, as LibreOffice reads them from the .oxt (several packages may be
given: the shipped one and the test-only portable one)."""
import argparse
import html.parser
import posixpath
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

PAGES = {"help/handleiding.html": ("handleiding.md", "nl"), "help/functions.html": ("functions.md", "en")}
OOR = "{http://openoffice.org/2001/registry}"
MANIFEST = "{http://openoffice.org/2001/manifest}"
LIBRARY = "{http://openoffice.org/2000/library}"
SCRIPT = "{http://openoffice.org/2000/script}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
VOID = {"meta", "link", "img", "br", "hr", "input"}


class Page(html.parser.HTMLParser):
    """What the checks need of a page: ids, links, h1/h2 texts, and whether tags nest."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids, self.links, self.headings, self.open, self.errors = set(), [], [], [], []
        self.meta, self.lang, self.tables, self.heading = {}, None, 0, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        for name in ("href", "src"):
            if name in attrs:
                self.links.append(attrs[name])
        if tag == "meta" and "charset" in attrs:
            self.meta["charset"] = attrs["charset"].lower()
        if tag == "html":
            self.lang = attrs.get("lang")
        if tag == "table":
            self.tables += 1
        if tag in ("h1", "h2"):
            self.heading = [tag, ""]
        if tag not in VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.open.pop()

    def handle_endtag(self, tag):
        if not self.open or self.open[-1] != tag:
            self.errors.append("</%s> closes <%s>" % (tag, self.open[-1] if self.open else ""))
            return
        self.open.pop()
        if self.heading and tag == self.heading[0]:
            self.headings.append(tuple(self.heading))
            self.heading = None

    def handle_data(self, data):
        if self.heading:
            self.heading[1] += data


def markdown_headings(text):
    """The h1 and h2 of a Markdown file, outside fenced code."""
    found, fenced = [], False
    for line in text.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and re.match(r"#{1,2} ", line):
            level, title = line.split(" ", 1)
            found.append(("h%d" % len(level), re.sub(r"[`*]", "", title.strip())))
    return found


def check_pages(oxt, names, docs, expect):
    parsed = {}
    for name, (source, lang) in PAGES.items():
        if not expect(name in names, "%s: %s" % (oxt.filename, name)):
            continue
        page = Page()
        page.feed(oxt.read(name).decode("utf-8"))
        page.close()
        parsed[name] = page
        expect(not page.errors and not page.open, "%s: tags nest %s %s" % (name, page.errors[:3], page.open))
        expect(page.meta.get("charset") == "utf-8" and page.lang == lang,
               "%s: UTF-8, lang=%s" % (name, page.lang))
        with open(posixpath.join(docs, source), encoding="utf-8") as f:
            text = f.read()
        want = markdown_headings(text)
        expect(page.headings == want, "%s: the headings of docs/%s (%d)" % (name, source, len(want)))
        tables = len(re.findall(r"^\|[ :-]*-[-| :]*\|\s*$", text, re.M))
        expect(page.tables == tables, "%s: %d tables, as in docs/%s" % (name, page.tables, source))
    for name, page in parsed.items():
        for link in page.links:
            if "://" in link or link.startswith("mailto:"):
                expect(False, "%s: no link out of the package: %s" % (name, link))
                continue
            target, _, fragment = link.partition("#")
            target = posixpath.normpath(posixpath.join(posixpath.dirname(name), target)) if target else name
            ok = target in names and not target.endswith(".md")
            if ok and fragment:
                ok = target in parsed and fragment in parsed[target].ids
            expect(ok, "%s: %s is in the package" % (name, link))
    for name in names:
        if name.startswith("help/images/"):
            expect(oxt.read(name).startswith(b"\x89PNG"), "%s is a PNG" % name)


def check_menu(oxt, names, expect):
    manifest = ET.fromstring(oxt.read("META-INF/manifest.xml"))
    entries = {e.get(MANIFEST + "full-path"): e.get(MANIFEST + "media-type") for e in manifest}
    expect(entries.get("Addons.xcu") == "application/vnd.sun.star.configuration-data",
           "manifest: Addons.xcu is configuration data")
    expect(entries.get("basic/Fondscijfers/") == "application/vnd.sun.star.basic-library",
           "manifest: basic/Fondscijfers/ is a Basic library")
    identifier = ET.fromstring(oxt.read("description.xml")).find(
        "{http://openoffice.org/extensions/description/2006}identifier").get("value")
    addons = ET.fromstring(oxt.read("Addons.xcu"))
    contexts = [p.find("value").text for p in addons.iter("prop") if p.get(OOR + "name") == "MergeContext"]
    expect(contexts == ["com.sun.star.sheet.SpreadsheetDocument"], "the menu is Calc's only: %s" % contexts)
    items = [n for n in addons.iter("node") if any(p.get(OOR + "name") == "URL" for p in n.findall("prop"))]
    titles = []
    for item in items:
        props = {p.get(OOR + "name"): p for p in item.findall("prop")}
        url = props["URL"].find("value").text
        titles.append({v.get(XML_LANG): v.text for v in props["Title"].findall("value")})
        m = re.fullmatch(r"vnd\.sun\.star\.script:(\w+)\.(\w+)\.(\w+)\?language=Basic&location=application", url)
        if not expect(m, "a Basic macro of the application: %s" % url):
            continue
        library, module, macro = m.groups()
        xlb = "basic/%s/script.xlb" % library
        listed = xlb in names and module in [e.get(LIBRARY + "name") for e in ET.fromstring(oxt.read(xlb))]
        xba = "basic/%s/%s.xba" % (library, module)
        code = ET.fromstring(oxt.read(xba)).text if xba in names else ""
        expect(listed and re.search(r"^Sub %s\b" % macro, code, re.M),
               "%s.%s.%s is in the package" % (library, module, macro))
        expect('"%s"' % identifier in code, "%s finds the package by its identifier %s" % (xba, identifier))
        pages = re.findall(r'OpenPage\("([\w.]+)"\)', code)
        expect(all("help/" + p in names for p in pages), "the pages it opens are shipped: %s" % pages)
    expect(titles == [{"en-US": "Guide", "nl": "Handleiding"},
                      {"en-US": "Function reference", "nl": "Functieoverzicht"}],
           "the entries' titles: %s" % titles)
    ET.fromstring(oxt.read("basic/Fondscijfers/dialog.xlb"))  # parses


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--oxt", action="append", required=True)
    parser.add_argument("--docs", required=True, help="the docs/ folder the pages are made from")
    args = parser.parse_args()
    failed = 0

    def expect(ok, what):
        nonlocal failed
        print("%s %s" % ("ok  " if ok else "FAIL", what))
        failed += not ok
        return ok

    for path in args.oxt:
        with zipfile.ZipFile(path) as oxt:
            names = set(oxt.namelist())
            check_pages(oxt, names, args.docs, expect)
            check_menu(oxt, names, expect)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
