"""Extra > Extensiebeheer > "Op updates controleren", as a person does it, in the real Calc
window on a private X server (Dutch interface).

Version 0.9.0 of the build's test package (it names the feed on the loopback address) is
installed; the test serves the build's update folder from a local HTTP server, opens the
Extension Manager, clicks "Op updates controleren", and checks what the window
"Extensie-update" shows: Fondscijfers with the built version, once selected the link to the
release notes ("Versie-opmerkingen"). Then it clicks "Installeren": LibreOffice downloads the
package the feed names, and the Extension Manager has the built version. The screenshots stay
in the artefacts folder.

Usage: run_gui_update.py --folder <the test's update folder> --artefacts <dir>
"""
import argparse
import os
import re
import shutil
import sys
import tempfile
import time

from gui import GuiCalc, bounds, children
from harness import Checks
from run_update_feed import Server, feed_address
from run_updates import IDENTIFIER, extension_manager_environment, with_version
from screenshots import open_extension_manager

UPDATE_TITLE = "Extensie-update"
EXTENSIONS = "Extensiebeheer"


def top_window(calc, title):
    toolkit = calc.office.service("com.sun.star.awt.Toolkit")
    for i in range(toolkit.TopWindowCount):
        context = toolkit.getTopWindow(i).AccessibleContext
        if context.AccessibleName == title:
            return context
    return None


def find(context, name, depth=6):
    """The accessible named `name` in the window's tree, or None."""
    for child in children(context):
        if child.AccessibleName == name:
            return child
        found = find(child, name, depth - 1) if depth else None
        if found is not None:
            return found
    return None


def names(context, depth=6):
    out = []
    for child in children(context):
        if child.AccessibleName:
            out.append(child.AccessibleName)
        if depth:
            out += names(child, depth - 1)
    return out


def click(calc, accessible, dx=None):
    """A mouse click on the accessible's middle (or `dx` pixels into it), as a person clicks."""
    x, y, w, h = bounds([accessible])
    calc.display.run("xdotool", "mousemove", "--sync", str(x + (w // 2 if dx is None else dx)),
                     str(y + h // 2), "click", "1")


def wait_for(what, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = what()
        if value:
            return value
        time.sleep(0.3)
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folder", required=True)
    parser.add_argument("--artefacts", required=True)
    args = parser.parse_args()
    os.makedirs(args.artefacts, exist_ok=True)
    checks = Checks()
    folder = os.path.abspath(args.folder)
    new = os.path.join(folder, "fondscijfers.oxt")
    url = feed_address(new)
    match = re.match(r"http://127\.0\.0\.1:(\d+)(/.*/)([^/]+)$", url or "")
    port, path, feed_name = int(match.group(1)), match.group(2), match.group(3)
    with open(os.path.join(folder, feed_name), encoding="utf-8") as f:
        version = re.search(r'<version value="([^"]+)"/>', f.read()).group(1)
    work = tempfile.mkdtemp(prefix="fondscijfers-gui-update-")
    try:
        served = os.path.join(work, "served")
        shutil.copytree(folder, served + path.rstrip("/"))
        old = with_version(new, "0.9.0", os.path.join(work, "fondscijfers.oxt"))
        with Server(served, port) as server, GuiCalc(old) as calc:
            calc.open()
            manager = open_extension_manager(calc)
            button = find(top_window(calc, EXTENSIONS), "Op updates controleren")
            checks.expect(button is not None, "the Extension Manager has Op updates controleren")
            click(calc, button)
            window = calc.display.wait_window(UPDATE_TITLE, 60)
            dialog = top_window(calc, UPDATE_TITLE)
            entry_name = "Fondscijfers: gemeentefondscijfers voor Calc Versie %s" % version
            entry = wait_for(lambda: find(dialog, entry_name))
            calc.display.screenshot(os.path.join(args.artefacts, "extensie-update.png"), window)
            checks.expect(entry is not None, "Extensie-update offers %r: %s"
                          % (entry_name, names(dialog)))
            checks.expect(path + feed_name in server.asked, "LibreOffice read the feed")
            click(calc, entry, dx=60)  # selects it: the description shows its links
            notes = wait_for(lambda: find(dialog, "Versie-opmerkingen"), 20)
            calc.display.screenshot(os.path.join(args.artefacts, "extensie-update-gekozen.png"),
                                    window)
            checks.expect(notes is not None, "the selected update links to its release notes "
                          "(Versie-opmerkingen)")
            checks.expect(find(dialog, "Fondscijfers") is not None,
                          "and names its publisher, Fondscijfers")
            click(calc, find(dialog, "Installeren"))
            downloaded = wait_for(lambda: path + "fondscijfers.oxt" in server.asked, 60)
            checks.expect(downloaded, "Installeren downloads the package the feed names")
            context = calc.office.context
            extensions = context.getValueByName(
                "/singletons/com.sun.star.deployment.ExtensionManager")

            def installed():
                versions = [p.getVersion() for p in extensions.getDeployedExtensions(
                    "user", extensions.createAbortChannel(), extension_manager_environment())
                    if p.getIdentifier().Value == IDENTIFIER]
                return versions if versions == [version] else None

            checks.expect(wait_for(installed, 60) == [version],
                          "after Installeren the user has version %s" % version)
            calc.display.screenshot(os.path.join(args.artefacts, "extensie-update-klaar.png"))
            del manager
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return checks.finish()


if __name__ == "__main__":
    sys.exit(main())
