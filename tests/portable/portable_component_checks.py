"""Checks of the portable (Python) component as packaged, outside an office:
- every Python file in the .oxt parses as Python 3.8, the oldest Python LibreOffice 7.4
  bundles (Windows, macOS);
- the core implements every method of the function table, with the table's arguments, or
  the data module holds its table; and the core imports without UNO.

Usage: portable_component_checks.py --oxt <package.oxt>
"""
import argparse
import ast
import inspect
import os
import sys
import tempfile
import zipfile

from harness import Checks


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--oxt", required=True)
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
        oxt.extractall(work)
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
