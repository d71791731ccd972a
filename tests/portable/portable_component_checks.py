"""Checks of the portable (Python) component as packaged, outside an office:
- every Python file in the .oxt parses as Python 3.8, the oldest Python LibreOffice 7.4
  bundles (Windows, macOS), and uses nothing of the standard library newer than 3.8: mypy
  with the typeshed of 3.8 (mypy-python38.ini) finds nothing, and finds every marked use in
  a fixture that does (so the check can fail);
- every file is UTF-8 (LibreOffice's Python loader and Python's import read them so,
  whatever the locale), and the component opens no file of its own: no call of open() or
  the like;
- the core implements every method of the function table, with the table's arguments, or
  the data module holds its table; and the core imports without UNO.

Usage: portable_component_checks.py --oxt <package.oxt> --fixture <newer_than_python38.py>
"""
import argparse
import ast
import inspect
import os
import re
import subprocess
import sys
import tempfile
import zipfile

MYPY_CONFIG = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mypy-python38.ini")
# What would read or write a file (whose encoding would then depend on the locale).
FILE_CALLS = {"open", "read_text", "write_text", "read_bytes", "write_bytes", "fdopen", "popen"}


def mypy(files, version="3.8", path=None):
    """mypy's error lines for `files` under Python `version`'s standard library."""
    env = dict(os.environ, MYPYPATH=path) if path else None
    result = subprocess.run([sys.executable, "-m", "mypy", "--config-file", MYPY_CONFIG,
                             "--python-version", version, *files],
                            capture_output=True, text=True, env=env)
    if result.returncode not in (0, 1) or "No module named mypy" in result.stderr:
        raise RuntimeError("mypy did not run (%d): %s" % (result.returncode, result.stderr))
    return [line for line in result.stdout.splitlines() if ": error: " in line]


def check_stdlib(work, python, fixture, checks):
    pythonpath = os.path.join(work, "pythonpath")
    generated = [os.path.join(work, n) for n in python if re.search(r"_(data|functions)\.py$", n)]
    written = [os.path.join(work, n) for n in python if os.path.join(work, n) not in generated]
    for files, path in ((written, pythonpath), (generated, None)):
        errors = mypy(files, path=path)
        checks.expect(not errors, "mypy, Python 3.8's standard library: %s %s" % (
            ", ".join(os.path.relpath(f, work) for f in files),
            "use nothing newer" if not errors else "\n  " + "\n  ".join(errors)))
    with open(fixture, encoding="utf-8") as f:
        marked = [i + 1 for i, line in enumerate(f) if "# newer:" in line]
    reported = sorted({int(line.split(":")[1]) for line in mypy([fixture])})
    checks.expect(marked and reported == marked, "mypy finds every use of a newer standard "
                  "library in %s: lines %s (marked %s)" % (os.path.basename(fixture), reported, marked))
    checks.expect(not mypy([fixture], version="3.10"), "and none of them under Python 3.10")


def check_files(oxt, python, checks):
    for name in python:
        raw = oxt.read(name)
        try:
            tree = ast.parse(raw.decode("utf-8"), name)
        except UnicodeDecodeError as e:
            checks.expect(False, "%s is UTF-8: %s" % (name, e))
            continue
        # PEP 263: a declaration in the first two lines; without one, Python 3 reads UTF-8.
        declared = next((m for m in (re.match(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", line)
                                     for line in raw.split(b"\n")[:2]) if m), None)
        calls = sorted({"%s (line %d)" % (n.func.attr if isinstance(n.func, ast.Attribute)
                                          else n.func.id, n.lineno)
                        for n in ast.walk(tree) if isinstance(n, ast.Call) and
                        (getattr(n.func, "attr", None) in FILE_CALLS or
                         getattr(n.func, "id", None) in FILE_CALLS)})
        checks.expect((declared is None or declared.group(1).lower() in (b"utf-8", b"utf8")) and
                      not calls, "%s is UTF-8%s and opens no file%s" % (
                          name, " (declared)" if declared else "", ": " + ", ".join(calls) if calls else ""))

from harness import Checks


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--oxt", required=True)
    parser.add_argument("--fixture", required=True)
    args = parser.parse_args()
    checks = Checks()
    with zipfile.ZipFile(args.oxt) as oxt, tempfile.TemporaryDirectory() as work:
        python = [n for n in oxt.namelist() if n.endswith(".py")]
        checks.expect(len(python) >= 4, "the package holds the portable component: %s"
                      % ", ".join(python))
        for name in python:
            source = oxt.read(name).decode("utf-8")
            try:
                ast.parse(source, name, feature_version=(3, 8))
                checks.expect(True, "%s parses as Python 3.8" % name)
            except SyntaxError as e:
                checks.expect(False, "%s parses as Python 3.8: %s" % (name, e))
        check_files(oxt, python, checks)
        oxt.extractall(work)
        check_stdlib(work, python, args.fixture, checks)
        sys.path[:0] = [os.path.join(work, "pythonpath")]
        import fondscijfers_core as core
        import fondscijfers_functions as table
        checks.expect("uno" not in sys.modules, "the core imports without UNO")
        import fondscijfers_data as data
        for name, method, arguments, (model_name, order), *_ in table.FUNCTIONS:
            if method in data.TABLES:  # a function of years and stands: the model's answers
                checks.expect(len(data.TABLES[method]) > 0, "%s: its table holds %d answers"
                              % (name, len(data.TABLES[method])))
                continue
            model = getattr(core, model_name)
            parameters = list(inspect.signature(model).parameters)
            checks.expect(sorted(order) == sorted(a for a, _ in arguments) and
                          len(order) <= len(parameters),
                          "%s: core.%s(%s) takes its arguments" % (name, model_name,
                                                                 ", ".join(parameters)))
    return checks.finish()


if __name__ == "__main__":
    sys.exit(main())
