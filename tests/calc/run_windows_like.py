"""The portable component under the conditions of a Windows or macOS desk, in real Calc.

Each case runs in a process of its own, in the case's locale, so that this test encodes its
paths as the office does:
- utf8:     the profile under ".../Gebruikers/José Müller/AppData/Roaming/LibreOffice"
            (spaces, non-ASCII letters), in C.UTF-8;
- c:        the C locale (ASCII, Python's UTF-8 coercion off), a profile path with spaces;
- latin1:   nl_NL.ISO-8859-1, made by localedef into a temporary LOCPATH (Windows: an ANSI
            code page), the accented path in Latin-1 bytes;
- readonly: the extension's folder read-only for the user (as an installation for all users
            is), the office running as that user: it answers and writes nothing there;
- two:      two offices on two profiles at once, each driven by a process of its own, both
            computing at the same time.
Each case checks that its conditions are in effect (the locale, the bytes of the path), which
implementation answers, what the office's own Python reports (its encodings, where it loaded
the component from), figures, texts with € and quotes (not in Latin-1) and an accented
argument, and a document stored and reopened under the path.

Usage: run_windows_like.py --oxt <portable package> --implementation <name> [--case <name>]
"""
import argparse
import locale
import os
import shutil
import subprocess
import sys
import tempfile

from harness import Checks, arguments

LATIN1 = "nl_NL.ISO-8859-1"
# name: (environment, the codeset the locale gives, the user's folder name)
CASES = {
    "utf8": ({"LC_ALL": "C.UTF-8"}, "UTF-8", "José Müller"),
    "c": ({"LC_ALL": "C", "PYTHONCOERCECLOCALE": "0", "PYTHONUTF8": "0"}, "ANSI_X3.4-1968",
          "Jan de Vries"),  # a C locale has no letters beyond ASCII, for any program
    "latin1": ({"LC_ALL": LATIN1, "PYTHONUTF8": "0"}, "ISO-8859-1", "José Müller"),
    "readonly": ({"LC_ALL": "C.UTF-8"}, "UTF-8", "José Müller"),
    "two": ({"LC_ALL": "C.UTF-8"}, "UTF-8", "José Müller"),
}

# Figures: the letter's Tabel 1 (accres), Tabel 3 (BCF, under a growth rate the user gives,
# the portable core's own arithmetic) and H1 (jeugd), as in tests/calc/cases/.
FIGURES = [
    ('=ACCRES(2022;"S2020")', 1036297000.0),
    ('=BCFVRIJVAL(2023;2%;;"S2020")',
     round((4062880 - round(3571372 * 1.02 ** 3)) * 0.883067) * 1000.0),
    ('=CIRCULAIRE("jeugd.incidenteel";2022;"S2020")', 300000000.0),
]
# Texts: the source of a figure (€, and the letter's chapter 1 "Financiën") and the catalogue's
# source field, quoting the letter (H1) in typographic quotes (€ and quotes are not in Latin-1);
# an unknown key with an accent, which its sentence repeats.
SOURCE = '=CIRCULAIREBRON("jeugd.incidenteel";2022;"S2020")'
SOURCE_START = "jeugd.incidenteel 2022, stand S2020: € 300.000.000. Bron: VNG ledenbrief"
SOURCE_CHAPTER = "H1 Financiën"
QUOTED = '=CIRCULAIREINFO("jeugd.incidenteel";"bron";2022;"S2020")'
QUOTE = "“Voor het jaar 2022 heeft het kabinet daarnaast € 300 miljoen incidenteel geld"
ACCENTED = '=CIRCULAIREBRON("jeugd.incidënteel";2022;"S2020")'

# A macro in the user's profile that reports what the office's Python sees.
PROBE = '''import locale, sys


def probe(*args):
    core = sys.modules.get("fondscijfers_core")
    return "|".join((locale.getpreferredencoding(False), sys.getfilesystemencoding(),
                     getattr(core, "__file__", "") or "", sys.version.split()[0]))


g_exportedScripts = (probe,)
'''


def make_latin1_locale(folder):
    """nl_NL.ISO-8859-1 in `folder` (for LOCPATH): the machine itself need not have it.
    Readable by all: unopkg runs as another user, and without the locale glibc would quietly
    give it the C locale."""
    os.chmod(folder, 0o755)
    subprocess.run(["localedef", "-i", "nl_NL", "-f", "ISO-8859-1", os.path.join(folder, LATIN1)],
                   check=True, capture_output=True)


def user_folders(base, user):
    """<base>/Gebruikers/<user>/AppData/Roaming/LibreOffice, each folder readable by all (the
    office may run as another user), in this process's file system encoding."""
    workdir = os.path.join(base, "Gebruikers", user, "AppData", "Roaming", "LibreOffice")
    os.makedirs(workdir)
    path = workdir
    while len(path) >= len(base):
        os.chmod(path, 0o755)
        path = os.path.dirname(path)
    return workdir


def write_probe(office):
    folder = os.path.join(office.workdir, "profile", "user", "Scripts", "python")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "fondscijfers_probe.py"), "w", encoding="ascii") as f:
        f.write(PROBE)
    for root, dirs, files in os.walk(os.path.join(office.workdir, "profile", "user", "Scripts")):
        for name in [root] + [os.path.join(root, n) for n in dirs]:
            os.chmod(name, 0o755)
        for name in files:
            os.chmod(os.path.join(root, name), 0o644)


def probe(doc):
    script = doc.getScriptProvider().getScript(
        "vnd.sun.star.script:fondscijfers_probe.py$probe?language=Python&location=user")
    return script.invoke((), (), ())[0].split("|")


def compute(office, checks, label, rounds=1):
    """The figures and texts in a new sheet; the document."""
    doc = office.new_sheet()
    sheet = doc.Sheets.getByIndex(0)
    formulas = [f for f, _ in FIGURES] + [SOURCE, QUOTED, ACCENTED]
    for row, formula in enumerate(formulas):
        sheet.getCellByPosition(0, row).setFormula(formula)
    wrong = []
    for _ in range(rounds):
        doc.calculateAll()
        for row, (formula, expected) in enumerate(FIGURES):
            cell = sheet.getCellByPosition(0, row)
            value, error = cell.getValue(), cell.getError()
            if error or value != expected:
                wrong.append("%s = %r (error %d)" % (formula, value, error))
    if rounds == 1:
        for row, (formula, _) in enumerate(FIGURES):
            cell = sheet.getCellByPosition(0, row)
            checks.expect(not wrong, "%s: %s = %r" % (label, formula, cell.getValue()))
    else:
        checks.expect(not wrong, "%s: %d recalculations, every figure right%s"
                      % (label, rounds, ": " + "; ".join(wrong[:3]) if wrong else ""))
    text = sheet.getCellByPosition(0, len(FIGURES)).getString()
    checks.expect(text.startswith(SOURCE_START) and SOURCE_CHAPTER in text,
                  "%s: %s = %s" % (label, SOURCE, text))
    text = sheet.getCellByPosition(0, len(FIGURES) + 1).getString()
    checks.expect(QUOTE in text, "%s: %s quotes the letter: %s..." % (label, QUOTED, text[:150]))
    text = sheet.getCellByPosition(0, len(FIGURES) + 2).getString()
    checks.expect(text.startswith('sleutel "jeugd.incidënteel" bestaat niet'),
                  "%s: %s repeats the accented key: %s" % (label, ACCENTED, text))
    return doc


def check_office(office, checks, label, implementation, where=None):
    functions = office.service("nl.fondscijfers.calc.Functions")
    name = functions.getImplementationName() if functions is not None else None
    checks.expect(name == implementation, "%s: implemented by %s" % (label, name))
    doc = compute(office, checks, label)
    preferred, filesystem, core, version = probe(doc)
    where = where or os.path.join(office.workdir, "profile")
    checks.expect(core.startswith(where + os.sep), "%s: the office's Python %s (locale encoding "
                  "%s, file names %s) loaded the core from %s" % (label, version, preferred,
                                                                  filesystem, core))
    return doc, preferred, core


def tree(folder):
    """Every path under `folder` with its size: what a run may not change."""
    return sorted((os.path.relpath(os.path.join(root, n), folder),
                   os.path.getsize(os.path.join(root, n)))
                  for root, dirs, files in os.walk(folder) for n in dirs + files)


def shared_folder():
    """Where the extensions installed for all users are unpacked:
    <installation>/share/uno_packages/cache (on Debian a link into /var/spool)."""
    from office import SOFFICE

    program = os.path.dirname(os.path.realpath(SOFFICE))
    return os.path.realpath(os.path.join(os.path.dirname(program), "share", "uno_packages", "cache"))


def run_case(name, oxt, implementation, checks):
    from office import Office  # imports uno: only in the case's own process

    from run_component import know_types

    environment, codeset, user = CASES[name]
    locale.setlocale(locale.LC_ALL, "")
    checks.expect(locale.nl_langinfo(locale.CODESET) == codeset and
                  os.environ.get("LC_ALL") == environment["LC_ALL"],
                  "%s: the locale %s is in effect (codeset %s, Python's locale encoding %s)"
                  % (name, os.environ.get("LC_ALL"), locale.nl_langinfo(locale.CODESET),
                     locale.getpreferredencoding(False)))
    base = tempfile.mkdtemp(prefix="fondscijfers-windows-like-")
    try:
        know_types(oxt, base)
        workdir = user_folders(base, user)
        checks.expect(os.fsencode(user) == user.encode(codeset.replace("ANSI_X3.4-1968", "ascii")) and
                      os.path.isdir(os.fsencode(workdir)),
                      "%s: the profile lies under %r, on disk %r" % (name, workdir, os.fsencode(user)))
        if name == "two":
            return run_two(base, workdir, oxt, implementation, checks)
        if name == "readonly":
            return run_read_only(base, workdir, oxt, implementation, checks)
        with Office(workdir=workdir) as office:
            office.install(oxt)
            write_probe(office)
            office.start()
            doc, preferred, core = check_office(office, checks, name, implementation)
            if name != "readonly":
                checks.expect(preferred.replace("-", "").lower() == {
                    "UTF-8": "utf8", "ANSI_X3.4-1968": "ansi_x3.41968", "ISO-8859-1": "iso88591"}[codeset],
                    "%s: the office's Python runs in the same locale: %s" % (name, preferred))
            stored = os.path.join(workdir, "Begroting Súdwest-Fryslân.ods")
            office.store(doc, stored)
            doc.close(True)
            reopened = office.load(stored)
            cell = reopened.Sheets.getByIndex(0).getCellByPosition(0, 0)
            checks.expect(cell.getValue() == FIGURES[0][1], "%s: stored and reopened as %r: %r"
                          % (name, os.path.basename(stored), cell.getValue()))
            reopened.close(True)
            checks.expect(office.alive(), "%s: LibreOffice is still running" % name)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return None


def run_read_only(base, workdir, oxt, implementation, checks):
    """Installed for all users by root (unopkg add --shared, as IT does: docs/uitrol.md), the
    office running as "nobody", for whom the installation's folder is read-only."""
    from office import Office

    if os.geteuid() != 0:
        print("skip readonly: an installation for all users needs root (as in CI)")
        return
    admin = Office(workdir=os.path.join(base, "admin"))  # unopkg's own profile
    os.makedirs(admin.workdir)
    copy = os.path.join(admin.workdir, "fondscijfers.oxt")
    shutil.copyfile(oxt, copy)
    shared = shared_folder()
    try:
        admin.unopkg("add", "--suppress-license", copy, shared=True)
        before = tree(shared)
        checks.expect(os.stat(shared).st_uid == 0 and not os.stat(shared).st_mode & 0o022 and
                      any(p.endswith("fondscijfers_core.py") for p, _ in before),
                      "readonly: installed for all users in %s (owned by root, not writable by "
                      "others)" % shared)
        with Office(workdir=workdir) as office:
            os.makedirs(os.path.join(workdir, "profile", "user"))
            write_probe(office)
            office._unprivileged([], chown=True)  # the user's own profile is his
            office.start(unprivileged=True)
            checks.expect(office.office_pid() is not None and
                          os.stat("/proc/%d" % office.office_pid()).st_uid != 0,
                          "readonly: the office runs as the user nobody")
            _doc, _preferred, core = check_office(office, checks, "readonly", implementation,
                                                  where=shared)
            after = tree(shared)
            checks.expect(after == before and "__pycache__" not in str(after), "readonly: nothing written in the shared folder "
                          "(%d files and folders, no __pycache__)" % len(after))
            checks.expect(office.alive(), "readonly: LibreOffice is still running")
    finally:
        try:
            admin.unopkg("remove", "nl.fondscijfers.calc", shared=True)
        except RuntimeError as e:
            checks.expect(False, "readonly: removed for all users again: %s" % e)


TWO_USERS = ["José Müller", "Anna de Boer"]


def run_two(base, workdir, oxt, implementation, checks):
    """Two offices, each on its own profile and driven by a process of its own (two users'
    sessions on one terminal server), computing at the same time."""
    folders = [workdir, user_folders(base, TWO_USERS[1])]
    workers = [subprocess.Popen([sys.executable, __file__, "--oxt", oxt, "--implementation",
                                 implementation, "--case", "two", "--worker", folder,
                                 "--other", folders[1 - i], "--label", "two, office %d" % (i + 1)],
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
               for i, folder in enumerate(folders)]
    reports = []
    for worker in workers:
        output = worker.communicate(timeout=500)[0].decode("utf-8", "backslashreplace")
        print(output, end="", flush=True)
        fields = dict(line.split(" ", 1)[1].split("=", 1) for line in output.splitlines()
                      if line.startswith("report "))
        reports.append((worker.returncode, fields))
    checks.expect(all(rc == 0 for rc, _ in reports), "two: both offices answered right while the "
                  "other computed (20 recalculations each)")
    pids = [fields.get("pid") for _, fields in reports]
    checks.expect(None not in pids and pids[0] != pids[1], "two: two offices ran: %s" % pids)
    windows = [(float(f.get("begin", "nan")), float(f.get("end", "nan"))) for _, f in reports]
    checks.expect(max(b for b, _ in windows) < min(e for _, e in windows),
                  "two: their recalculations overlapped in time")


def run_worker(folder, other, label, oxt, implementation, checks):
    """One office of case two: started, then ready, then computing once the other is ready too."""
    import time

    from office import Office

    from run_component import know_types

    know_types(oxt, os.path.dirname(folder))
    with Office(workdir=folder) as office:
        office.install(oxt)
        write_probe(office)
        office.start()
        print("report pid=%s" % office.office_pid(), flush=True)
        open(os.path.join(folder, "ready"), "w").close()
        deadline = time.monotonic() + 300
        while not os.path.exists(os.path.join(other, "ready")) and time.monotonic() < deadline:
            time.sleep(0.05)
        print("report begin=%r" % time.time(), flush=True)
        check_office(office, checks, label, implementation)
        compute(office, checks, label, rounds=20)
        print("report end=%r" % time.time(), flush=True)
        checks.expect(office.alive(), "%s: LibreOffice is still running" % label)


def main():
    parser = arguments(__doc__.splitlines()[0])
    parser.add_argument("--implementation", required=True)
    parser.add_argument("--case", choices=sorted(CASES))
    parser.add_argument("--worker", help=argparse.SUPPRESS)  # case two: this office's folder
    parser.add_argument("--other", help=argparse.SUPPRESS)  # and the other's
    parser.add_argument("--label", help=argparse.SUPPRESS)
    args = parser.parse_args()
    checks = Checks()
    if args.worker:
        run_worker(args.worker, args.other, args.label, args.oxt, args.implementation, checks)
        return checks.finish()
    if args.case:
        # The output in the case's locale; what it cannot encode (€ in Latin-1) escaped.
        sys.stdout.reconfigure(errors="backslashreplace")
        run_case(args.case, args.oxt, args.implementation, checks)
        return checks.finish()
    locales = tempfile.mkdtemp(prefix="fondscijfers-locales-")
    try:
        make_latin1_locale(locales)
        for name, (environment, _, _) in CASES.items():
            env = {k: v for k, v in os.environ.items()
                   if k not in ("LANG", "LANGUAGE") and not k.startswith("LC_")}
            env.update(environment, LOCPATH=locales)
            print("--- case %s: %s" % (name, " ".join("%s=%s" % kv for kv in sorted(environment.items()))),
                  flush=True)
            result = subprocess.run([sys.executable, __file__, "--oxt", args.oxt, "--implementation",
                                     args.implementation, "--case", name], env=env,
                                    capture_output=True, timeout=600)
            # The case's output is in its locale's encoding.
            output = result.stdout.decode(CASES[name][1].replace("ANSI_X3.4-1968", "ascii"),
                                          "backslashreplace")
            print(output, end="", flush=True)
            if result.stderr:
                print(result.stderr.decode("utf-8", "backslashreplace"), end="")
            checks.expect(result.returncode == 0, "case %s: all its checks passed" % name)
    finally:
        shutil.rmtree(locales, ignore_errors=True)
    return checks.finish()


if __name__ == "__main__":
    sys.exit(main())
