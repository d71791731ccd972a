"""Updates, removal and the shared installation, in real LibreOffice.

1. Version 0.9.0 (the built .oxt with only its version lowered) is installed; a document
   using the functions is saved.
2. The built version is installed over it (same identifier, higher version): one extension,
   the new version, the document's values unchanged.
3. The extension is removed: LibreOffice starts and opens the document (#NAME?), nothing
   crashes.
4. An update while LibreOffice runs with a document open, as the Extension Manager does it
   (the deployment ExtensionManager's addExtension, licence accepted): afterwards, with the
   native component, every cell with these functions shows Err:504 after a recalculation, the
   existing ones too, until LibreOffice restarts; with the portable component every cell keeps
   computing. After the restart the same values. `unopkg add` from a shell while
   LibreOffice runs on the profile is refused (the profile is locked) and changes nothing.
5. As root, as IT does it: `unopkg add --shared` of 0.9.0, the installation for all users of
   a workstation; a user with a fresh profile gets the functions and keeps a document open
   while the built version is added over it and later removed with `unopkg remove --shared`:
   what the document shows before and after the user's restart. (Skipped, exit 77, when not
   run as root.)
"""
import os
import re
import shutil
import sys
import zipfile

from harness import Checks, arguments
from office import Office, file_url  # first: it chooses the LibreOffice whose uno to import

import uno

IDENTIFIER = "nl.fondscijfers.calc"
# ACCRES(2022) without a stand: M2021, the newest stand with the whole accres series.
FORMULAS = ["=ACCRES(2022)", "=BCFVRIJVAL(2023;2%)", '=CIRCULAIRE("jeugd.incidenteel";2022)']
EXPECTED = [909796000.0, 240999000.0, 300000000.0]



def with_version(oxt, version, path):
    """A copy of the package whose description.xml names another version."""
    with zipfile.ZipFile(oxt) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "description.xml":
                data = re.sub(rb'<version value="[^"]*"/>',
                              b'<version value="' + version.encode() + b'"/>', data)
            dst.writestr(item, data)
    return path


def installed_versions(listing):
    return re.findall(r"Version: *(\S+)", listing)


def recalculated_values(office, path):
    doc = office.load(path)
    doc.calculateAll()
    cells = [doc.Sheets.getByIndex(0).getCellByPosition(0, i) for i in range(len(FORMULAS))]
    result = [(c.getError(), c.getValue()) for c in cells]
    doc.close(True)
    return result


def user_install(oxt, checks):
    office = Office()
    document = os.path.join(office.workdir, "begroting.ods")
    os.makedirs(os.path.join(office.workdir, "packages"))
    old = with_version(oxt, "0.9.0", os.path.join(office.workdir, "packages", "fondscijfers.oxt"))
    try:
        office.install(old)
        checks.expect(installed_versions(office.unopkg("list")) == ["0.9.0"], "0.9.0 installed")
        office.start()
        doc = office.new_sheet()
        for i, formula in enumerate(FORMULAS):
            doc.Sheets.getByIndex(0).getCellByPosition(0, i).setFormula(formula)
        Office.store(doc, document)
        doc.close(True)
        before = recalculated_values(office, document)
        checks.expect(before == [(0, v) for v in EXPECTED], "0.9.0 computes the figures")
        office.stop()

        office.install(oxt)  # the update: same identifier, higher version
        versions = installed_versions(office.unopkg("list"))
        checks.expect(len(versions) == 1 and versions[0] != "0.9.0",
                      "after the update one extension, version %s" % versions)
        office.start()
        checks.expect(recalculated_values(office, document) == before,
                      "after the update the same values")
        office.stop()

        office.unopkg("remove", IDENTIFIER)
        checks.expect(installed_versions(office.unopkg("list")) == [], "removed")
        office.start()
        after = recalculated_values(office, document)
        checks.expect(all(error != 0 for error, _ in after), "after removal the cells show #NAME?")
        checks.expect(office.alive(), "LibreOffice runs after the removal")
    finally:
        office.stop()


def native_component(oxt):
    """Whether the package answers with the native component on this platform (Linux x86-64):
    the portable test package registers only the Python one."""
    with zipfile.ZipFile(oxt) as package:
        return "fondscijfers.components" in package.namelist()


def extension_manager_environment():
    """A command environment for addExtension that accepts what the Extension Manager's
    dialog would ask (the licence) and shows no progress."""
    import unohelper
    from com.sun.star.task import XInteractionHandler
    from com.sun.star.ucb import XCommandEnvironment, XProgressHandler

    approve = uno.getTypeByName("com.sun.star.task.XInteractionApprove")

    class Handler(unohelper.Base, XInteractionHandler):
        def handle(self, request):
            for continuation in request.getContinuations():
                if continuation.queryInterface(approve):
                    continuation.select()
                    return

    class Progress(unohelper.Base, XProgressHandler):
        def push(self, status):
            pass

        def update(self, status):
            pass

        def pop(self):
            pass

    class Environment(unohelper.Base, XCommandEnvironment):
        def getInteractionHandler(self):
            return Handler()

        def getProgressHandler(self):
            return Progress()

    return Environment()


def update_while_open(oxt, checks):
    office = Office()
    os.makedirs(os.path.join(office.workdir, "packages"))
    old = with_version(oxt, "0.9.0", os.path.join(office.workdir, "packages", "fondscijfers.oxt"))
    new = os.path.join(office.workdir, "fondscijfers-new.oxt")
    shutil.copyfile(oxt, new)
    os.chmod(new, 0o644)
    document = os.path.join(office.workdir, "open.ods")
    try:
        office.install(old)
        office.start()
        doc = office.new_sheet()
        sheet = doc.Sheets.getByIndex(0)
        for i, formula in enumerate(FORMULAS):
            sheet.getCellByPosition(0, i).setFormula(formula)
        doc.calculateAll()
        Office.store(doc, document)
        refused = None
        try:
            office.unopkg("add", "--suppress-license", "--force", new)
        except RuntimeError as e:
            refused = str(e)
        print("info unopkg while LibreOffice runs: %s" % " ".join((refused or "").split()))
        checks.expect(refused is not None and ".lock" in refused, "unopkg add while "
                      "LibreOffice runs on the profile is refused, naming the profile's lock file")
        manager = office.context.getValueByName(
            "/singletons/com.sun.star.deployment.ExtensionManager")
        added = manager.addExtension(file_url(new), (), "user", manager.createAbortChannel(),
                                     extension_manager_environment())
        checks.expect(added.getVersion() != "0.9.0", "updated through the ExtensionManager "
                      "while a document is open: version %s" % added.getVersion())
        sheet.getCellByPosition(0, len(FORMULAS)).setFormula(FORMULAS[0])
        doc.calculateAll()
        cells = [sheet.getCellByPosition(0, i) for i in range(len(FORMULAS) + 1)]
        shown = [(c.getError(), c.getValue()) for c in cells]
        if native_component(oxt):
            checks.expect([e for e, _ in shown] == [504] * len(cells), "native component: "
                          "until a restart every cell, existing and new, shows Err:504: %s" % shown)
        else:
            checks.expect(shown == [(0, v) for v in EXPECTED + EXPECTED[:1]], "portable "
                          "component: every cell, existing and new, keeps computing: %s" % shown)
        doc.close(True)
        office.stop()
        office.start()
        checks.expect(recalculated_values(office, document) == [(0, v) for v in EXPECTED],
                      "after the restart the same values")
    finally:
        office.stop()


def shared_values(doc):
    sheet = doc.Sheets.getByIndex(0)
    doc.calculateAll()
    return [(c.getError(), c.getValue()) for c in
            (sheet.getCellByPosition(0, i) for i in range(len(FORMULAS)))]


def shared_versions(office, repository="shared"):
    manager = office.context.getValueByName("/singletons/com.sun.star.deployment.ExtensionManager")
    return [p.getVersion() for p in manager.getDeployedExtensions(
        repository, manager.createAbortChannel(), extension_manager_environment())
        if p.getIdentifier().Value == IDENTIFIER]


def shared_install(oxt, checks):
    """As IT does it (docs/deployment.md): install for all users, update over it and remove
    it with `unopkg --shared`, while a user has LibreOffice open with a document."""
    admin = Office()  # only for unopkg's own log files
    user = Office()   # a fresh profile, nothing installed per user
    os.makedirs(os.path.join(admin.workdir, "packages"))
    old = with_version(oxt, "0.9.0", os.path.join(admin.workdir, "packages", "fondscijfers.oxt"))
    os.chmod(old, 0o644)
    document = os.path.join(user.workdir, "gedeeld.ods")
    expected = [(0, v) for v in EXPECTED]
    try:
        admin.unopkg("add", "--suppress-license", old, shared=True)
        checks.expect(installed_versions(admin.unopkg("list", shared=True)) == ["0.9.0"],
                      "0.9.0 installed for all users")
        user.start()
        checks.expect(shared_versions(user) == ["0.9.0"] and shared_versions(user, "user") == [],
                      "the user sees 0.9.0 among the shared extensions, none of his own")
        doc = user.new_sheet()
        for i, formula in enumerate(FORMULAS):
            doc.Sheets.getByIndex(0).getCellByPosition(0, i).setFormula(formula)
        checks.expect(shared_values(doc) == expected,
                      "a user with a fresh profile computes with the shared installation")
        Office.store(doc, document)

        # The update, with the user's document open.
        admin.unopkg("add", "--suppress-license", oxt, shared=True)
        versions = installed_versions(admin.unopkg("list", shared=True))
        checks.expect(len(versions) == 1 and versions[0] != "0.9.0",
                      "updated for all users while a user works: %s" % versions)
        shown = shared_values(doc)
        print("info after the shared update, before a restart, the open document shows %s" % shown)
        checks.expect(shown == expected, "until the user restarts, the open document keeps "
                      "computing (with the version the office loaded)")
        doc.close(True)
        user.stop()
        user.start()
        checks.expect(shared_versions(user) == versions, "after the restart the user has %s"
                      % versions)
        doc = user.load(document)
        checks.expect(shared_values(doc) == expected, "after the restart the same values")

        # The removal, with the document open.
        admin.unopkg("remove", IDENTIFIER, shared=True)
        checks.expect(IDENTIFIER not in admin.unopkg("list", shared=True), "removed for all users")
        shown = shared_values(doc)
        print("info after the shared removal, before a restart, the open document shows %s" % shown)
        checks.expect(shown == expected, "until the user restarts, the open document keeps "
                      "computing")
        doc.close(True)
        user.stop()
        user.start()
        checks.expect(shared_versions(user) == [], "after the restart the user has no Fondscijfers")
        doc = user.load(document)
        after = shared_values(doc)
        checks.expect(all(error != 0 for error, _ in after),
                      "after the restart the cells show an error (#NAME?): %s" % after)
        doc.close(True)
        checks.expect(user.alive(), "LibreOffice runs after the removal")
    finally:
        user.stop()
        try:
            admin.unopkg("remove", IDENTIFIER, shared=True)
        except RuntimeError:
            pass  # already removed
        admin.stop()


def main():
    parser = arguments(__doc__.split("\n\n")[0])
    args = parser.parse_args()
    checks = Checks()
    user_install(os.path.abspath(args.oxt), checks)
    update_while_open(os.path.abspath(args.oxt), checks)
    if os.geteuid() == 0:
        shared_install(os.path.abspath(args.oxt), checks)
    else:
        print("skip the shared installation needs root (as in CI)")
    result = checks.finish()
    return result if result or os.geteuid() == 0 else 77


if __name__ == "__main__":
    sys.exit(main())
