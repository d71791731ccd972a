"""The update feed, in real LibreOffice, as the Extension Manager's "Check for Updates" uses it.

The build's test package names a feed on the loopback address (FONDSCIJFERS_UPDATE_URL set
to it) and writes its update folder: the feed, the package and the release notes. This test
serves that folder from a local HTTP server it starts and stops, installs the package with
its version lowered to 0.9.0, and checks:
1. the installed package names the feed (XPackage.getUpdateInformationURLs);
2. LibreOffice's own update information service (UpdateInformationProvider) reads the feed
   over HTTP: version, download address, release notes in Dutch and English, which are served
   and say what the version adds;
3. PackageInformationProvider.isUpdateAvailable, the comparison the Extension Manager makes,
   offers the built version;
4. the package the feed names, downloaded and added, is the update: one extension of the new
   version, the figures right;
5. then the same feed offers nothing (not newer than installed), nor does a feed of an older
   version;
and that the shipped package of a default build names no feed at all.

Usage: run_update_feed.py --oxt <shipped .oxt> --folder <the test's update folder>
"""
import http.server
import os
import re
import shutil
import sys
import threading
import urllib.request
import zipfile

from harness import Checks, arguments
from office import Office, file_url  # first: it chooses the LibreOffice whose uno to import
from run_updates import IDENTIFIER, extension_manager_environment, with_version

UPDATE = "http://openoffice.org/extensions/update/2006"
XLINK = "http://www.w3.org/1999/xlink"


class Server:
    """A bounded HTTP server on the loopback address serving `root`, recording the paths
    asked. It stops when the test ends, or at the latest after `limit` seconds."""

    def __init__(self, root, port, limit=300):
        self.asked = []
        asked = self.asked

        class Handler(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, directory=root, **kwargs)

            def do_GET(self):
                asked.append(self.path)
                super().do_GET()

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.timer = threading.Timer(limit, self.httpd.shutdown)

    def __enter__(self):
        self.thread.start()
        self.timer.start()
        return self

    def __exit__(self, *exc):
        self.timer.cancel()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(10)


def feed_address(oxt):
    with zipfile.ZipFile(oxt) as package:
        description = package.read("description.xml").decode("utf-8")
    found = re.search(r'<update-information>\s*<src xlink:href="([^"]+)"/>', description)
    return found.group(1) if found else None


def children(element, name):
    nodes = element.getElementsByTagNameNS(UPDATE, name)
    return [nodes.item(i) for i in range(nodes.getLength())]


def read_feed(element):
    """What the Extension Manager takes from an update information element."""
    def value(name):
        found = children(element, name)
        return found[0].getAttribute("value") if found else None

    def sources(name):
        return [(s.getAttributeNS(XLINK, "href"), s.getAttribute("lang"))
                for parent in children(element, name) for s in children(parent, "src")]

    return {"identifier": value("identifier"), "version": value("version"),
            "download": [href for href, _ in sources("update-download")],
            "notes": dict((lang, href) for href, lang in sources("release-notes"))}


def installed(office):
    manager = office.context.getValueByName("/singletons/com.sun.star.deployment.ExtensionManager")
    return [p for p in manager.getDeployedExtensions("user", manager.createAbortChannel(),
                                                     extension_manager_environment())
            if p.getIdentifier().Value == IDENTIFIER]


def offered(office, server, feed):
    """The updates offered, and whether the feed was read for them (an empty answer proves
    nothing if the feed was never asked)."""
    provider = office.context.getValueByName(
        "/singletons/com.sun.star.deployment.PackageInformationProvider")
    before = server.asked.count(feed)
    entries = [tuple(entry) for entry in provider.isUpdateAvailable(IDENTIFIER)]
    return entries, server.asked.count(feed) > before


def main():
    parser = arguments(__doc__.split("\n\n")[0])
    parser.add_argument("--folder", required=True)
    args = parser.parse_args()
    checks = Checks()
    shipped = os.path.abspath(args.oxt)
    checks.expect(feed_address(shipped) is None, "the shipped package of a default build "
                  "names no update feed (FONDSCIJFERS_UPDATE_URL is empty)")

    folder = os.path.abspath(args.folder)
    new = os.path.join(folder, "fondscijfers.oxt")
    url = feed_address(new)
    checks.expect(url is not None and url.startswith("http://127.0.0.1:"),
                  "the test package names the feed on the loopback address: %s" % url)
    match = re.match(r"http://127\.0\.0\.1:(\d+)(/.*/)([^/]+)$", url or "")
    port, path, feed_name = int(match.group(1)), match.group(2), match.group(3)
    with open(os.path.join(folder, feed_name), encoding="utf-8") as f:
        version = re.search(r'<version value="([^"]+)"/>', f.read()).group(1)
    base = "http://127.0.0.1:%d%s" % (port, path)

    office = Office()
    served = os.path.join(office.workdir, "served")
    shutil.copytree(folder, served + path.rstrip("/"))
    feed_file = os.path.join(served + path, feed_name)
    os.makedirs(os.path.join(office.workdir, "old"))
    old = with_version(new, "0.9.0", os.path.join(office.workdir, "old", "fondscijfers.oxt"))
    checks.expect(feed_address(old) == url, "version 0.9.0 names the same feed")
    try:
        with Server(served, port) as server:
            office.install(old)
            office.start()
            packages = installed(office)
            checks.expect([p.getVersion() for p in packages] == ["0.9.0"], "0.9.0 installed")
            checks.expect(tuple(packages[0].getUpdateInformationURLs()) == (url,),
                          "the installed package names the feed: %s"
                          % (packages[0].getUpdateInformationURLs(),))

            provider = office.service("com.sun.star.deployment.UpdateInformationProvider")
            elements = provider.getUpdateInformation((url,), IDENTIFIER)
            checks.expect(len(elements) == 1, "UpdateInformationProvider reads one entry")
            info = read_feed(elements[0])
            print("info the feed as LibreOffice reads it: %s" % info)
            checks.expect(server.asked.count(path + feed_name) >= 1,
                          "LibreOffice asked the server for %s%s" % (path, feed_name))
            checks.expect(info["identifier"] == IDENTIFIER and info["version"] == version,
                          "the feed names %s version %s" % (IDENTIFIER, version))
            checks.expect(info["download"] == [base + "fondscijfers.oxt"],
                          "the download is the package beside the feed")
            checks.expect(info["notes"] == {"nl": base + "release-notes-nl.html",
                                            "en": base + "release-notes-en.html"},
                          "release notes in Dutch and English beside the feed")
            for lang, words in (("nl", ["Nieuwe standen", "S2023", "CIRCULAIREVERSCHIL"]),
                                ("en", ["New stands", "S2023", "CIRCULAIREVERSCHIL"])):
                with urllib.request.urlopen(info["notes"].get(lang, base), timeout=30) as r:
                    text = r.read().decode("utf-8")
                checks.expect(all(w in text for w in words) and version in text,
                              "the %s release notes are served and name %s" % (lang, words))

            checks.expect(offered(office, server, path + feed_name) == ([(IDENTIFIER, version)], True),
                          "isUpdateAvailable offers %s over 0.9.0" % version)

            # The update as the Extension Manager makes it: the package the feed names,
            # downloaded and added to the user's extensions.
            downloaded = os.path.join(office.workdir, "downloaded.oxt")
            with urllib.request.urlopen(info["download"][0], timeout=30) as r, \
                    open(downloaded, "wb") as f:
                shutil.copyfileobj(r, f)
            os.chmod(downloaded, 0o644)
            manager = office.context.getValueByName(
                "/singletons/com.sun.star.deployment.ExtensionManager")
            added = manager.addExtension(file_url(downloaded), (), "user",
                                         manager.createAbortChannel(),
                                         extension_manager_environment())
            checks.expect(added.getVersion() == version, "updated to %s" % added.getVersion())
            office.stop()
            office.start()
            checks.expect([p.getVersion() for p in installed(office)] == [version],
                          "after the restart one extension, version %s" % version)
            doc = office.new_sheet()
            cell = doc.Sheets.getByIndex(0).getCellByPosition(0, 0)
            cell.setFormula('=ACCRES(2022;"S2020")')
            doc.calculateAll()
            checks.expect(cell.getError() == 0 and cell.getValue() == 1036297000.0,
                          "the updated extension computes: %s" % cell.getString())
            doc.close(True)

            checks.expect(offered(office, server, path + feed_name) == ([], True),
                          "with %s installed the feed, read again, offers nothing"
                          % version)
            with open(feed_file, encoding="utf-8") as f:
                older = f.read().replace('<version value="%s"/>' % version,
                                         '<version value="0.9.0"/>')
            with open(feed_file, "w", encoding="utf-8") as f:
                f.write(older)
            checks.expect(offered(office, server, path + feed_name) == ([], True),
                          "a feed of an older version offers nothing")
    finally:
        office.stop()
    return checks.finish()


if __name__ == "__main__":
    sys.exit(main())
