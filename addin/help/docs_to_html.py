"""Turns one of the guides in docs/ into a page of the help shipped in the .oxt.

Usage: docs_to_html.py <page.md> <page.html> <language>

Python-Markdown (Debian: python3-markdown) does the conversion. Links between the shipped
pages point at their .html; a link to a document that is not shipped keeps only its text,
so that no link in the package leads nowhere. Images stay relative (images/...): the build
copies the ones the pages name next to them.
"""
import html
import posixpath
import sys

import markdown
from markdown.extensions.toc import slugify_unicode
from markdown.treeprocessors import Treeprocessor

SHIPPED = {"handleiding.md": "handleiding.html", "functions.md": "functions.html"}


class ShippedLinks(Treeprocessor):
    def run(self, root):
        for parent in root.iter():
            for child in list(parent):
                if child.tag == "a":
                    self.retarget(parent, child)

    @staticmethod
    def retarget(parent, link):
        href = link.get("href", "")
        if "://" in href or href.startswith(("#", "mailto:")):
            return
        page, _, fragment = href.partition("#")
        if posixpath.normpath(page) in SHIPPED:
            link.set("href", SHIPPED[posixpath.normpath(page)] + ("#" + fragment if fragment else ""))
            return
        # Not in the package: the text stays, the link goes.
        link.tag = "span"
        link.attrib.clear()
        link.set("class", "not-shipped")


class ShippedLinksExtension(markdown.Extension):
    def extendMarkdown(self, md):
        md.treeprocessors.register(ShippedLinks(md), "shipped_links", 0)


PAGE = """<!DOCTYPE html>
<html lang="{language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="stylesheet" href="help.css">
</head>
<body>
{body}
</body>
</html>
"""


def main():
    source, target, language = sys.argv[1:4]
    with open(source, encoding="utf-8") as f:
        text = f.read()
    md = markdown.Markdown(extensions=[
        "tables", "fenced_code", "sane_lists", ShippedLinksExtension(),
        markdown.extensions.toc.TocExtension(slugify=slugify_unicode)])
    body = md.convert(text)
    title = md.toc_tokens[0]["name"] if md.toc_tokens else posixpath.basename(source)
    with open(target, "w", encoding="utf-8") as f:
        f.write(PAGE.format(language=language, title=html.escape(html.unescape(title)), body=body))


if __name__ == "__main__":
    main()
