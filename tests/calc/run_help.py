"""Extra > Fondscijfers in a real office: the menu entries are in the merged configuration, and
each command, dispatched like a click, opens the shipped page in the system's browser.

The browser is a stand-in: on Linux, com.sun.star.system.SystemShellExecute runs the program
named by DESKTOP_LAUNCH, if set, before /usr/bin/xdg-open (shell/source/unix/exec/shellexec.cxx).
The test's program records the URL it is given; the test then asks the office where the
extension is installed and reads the page at the recorded URL.
"""
import os
import stat
import sys
import tempfile
import time

from harness import Checks, arguments, calc
from office import file_url  # first: it picks the Python-UNO of the office under test

import uno  # noqa: E402  (isort: after office)
from com.sun.star.beans import PropertyValue  # noqa: E402

EXTENSION = "nl.fondscijfers.calc"
MENU = "/org.openoffice.Office.Addons/AddonUI/OfficeMenuBarMerging"
# Dutch title, English title, macro, page, a heading the page shows.
ENTRIES = [
    ("Handleiding", "Guide", "Handleiding", "handleiding.html",
     '<h1 id="gebruikershandleiding">Gebruikershandleiding</h1>'),
    ("Functieoverzicht", "Function reference", "Functieoverzicht", "functions.html",
     '<h1 id="function-reference">Function reference</h1>'),
]


def command(macro):
    return ("vnd.sun.star.script:Fondscijfers.Hulp.%s?language=Basic&location=application"
            % macro)


def configuration(office, path, locale):
    provider = office.service("com.sun.star.configuration.ConfigurationProvider")
    arguments = []
    for name, value in (("nodepath", path), ("Locale", locale)):
        p = PropertyValue()
        p.Name, p.Value = name, value
        arguments.append(p)
    return provider.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationAccess", tuple(arguments))


def check_menu(office, checks, locale, titles):
    merging = configuration(office, MENU, locale)
    checks.expect(merging.hasByName(EXTENSION), "%s: the package's menu merging is in %s"
                  % (locale, MENU))
    if not merging.hasByName(EXTENSION):
        return
    instruction = merging.getByName(EXTENSION).getByName("S1")
    checks.expect(instruction.MergeContext == "com.sun.star.sheet.SpreadsheetDocument",
                  "only in Calc: %s" % instruction.MergeContext)
    checks.expect(instruction.MergePoint.startswith(".uno:ToolsMenu\\"),
                  "merged into the Tools menu: %s %s" % (instruction.MergeCommand,
                                                         instruction.MergePoint))
    popup = instruction.MenuItems.getByName("M1")
    checks.expect(popup.Title == "Fondscijfers", "%s: submenu %s" % (locale, popup.Title))
    items = [popup.Submenu.getByName(name) for name in sorted(popup.Submenu.ElementNames)]
    got = [(item.Title, item.URL) for item in items]
    want = [(title, command(entry[2])) for title, entry in zip(titles, ENTRIES)]
    checks.expect(got == want, "%s: entries %s" % (locale, got))


def wait_for_lines(path, count, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                lines = f.read().splitlines()
            if len(lines) >= count:
                return lines
        time.sleep(0.2)
    return []


def main():
    args = arguments(__doc__.split("\n\n")[0]).parse_args()
    checks = Checks()
    with tempfile.TemporaryDirectory(prefix="fondscijfers-browser-") as browser:
        opened = os.path.join(browser, "opened.txt")
        launcher = os.path.join(browser, "browser")
        with open(launcher, "w") as f:
            f.write('#!/bin/sh\nprintf "%%s\\n" "$1" >> "%s"\n' % opened)
        os.chmod(launcher, stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)
        # Macro security at its strictest (3, "very high": only trusted locations): the
        # package's macros are the application's and run all the same.
        security = ("/org.openoffice.Office.Common/Security/Scripting", "MacroSecurityLevel", 3)
        with calc(args.oxt, checks, locale="nl-NL", settings=[security],
                  environment={"DESKTOP_LAUNCH": launcher}) as office:
            level = configuration(office, security[0], "en-US").getPropertyValue(security[1])
            checks.expect(level == 3, "macro security level %d" % level)
            check_menu(office, checks, "nl-NL", [entry[0] for entry in ENTRIES])
            check_menu(office, checks, "en-US", [entry[1] for entry in ENTRIES])

            location = office.context.getValueByName(
                "/singletons/com.sun.star.deployment.PackageInformationProvider"
            ).getPackageLocation(EXTENSION)
            checks.expect(location.startswith(file_url(os.path.realpath(office.workdir))),
                          "installed in the test's profile: %s" % location)
            doc = office.new_sheet()
            frame = doc.CurrentController.Frame
            helper = office.service("com.sun.star.frame.DispatchHelper")
            for n, (_nl, _en, macro, page, heading) in enumerate(ENTRIES, 1):
                helper.executeDispatch(frame, command(macro), "", 0, ())
                lines = wait_for_lines(opened, n)
                url = lines[n - 1] if len(lines) >= n else None
                checks.expect(url == location + "/help/" + page,
                              "%s opened %s" % (macro, url))
                if url is None:
                    continue
                path = uno.fileUrlToSystemPath(url)
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                checks.expect(heading in text, "%s shows %s" % (page, heading))
            doc.close(True)
    return checks.finish()


if __name__ == "__main__":
    sys.exit(main())
