"""What the Windows component fondscijfers.dll exports and imports, read from objdump -p.

--check boundary: it exports exactly the names of --export, and imports from no DLL but
those of --allow and of the .def lists (LibreOffice's sal3.dll and cppu3.dll).
--check def-lists: the functions it imports from each .def list's DLL are exactly those the
list names: a function listed but not called, or called but not listed, fails.

Prints one line per finding, "FAIL ..." for each failure, and exits with 1 if any.
"""
import argparse
import re
import subprocess
import sys


def read_def(path):
    """The DLL a .def list names (LIBRARY) and the functions under EXPORTS."""
    library, names, in_exports = None, [], False
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split(";", 1)[0].strip()
            if not line:
                continue
            words = line.split()
            if words[0] == "LIBRARY":
                library = words[1]
            elif words[0] == "EXPORTS":
                in_exports = True
            elif in_exports:
                names.append(words[0])
    if not library:
        raise SystemExit("%s names no LIBRARY" % path)
    return library, names


def read_dll(objdump, dll):
    """The names the DLL exports, and per imported DLL (lower case) the names it imports."""
    listing = subprocess.run([objdump, "-p", dll], check=True, capture_output=True, text=True).stdout
    exports, imports = [], {}
    section, current = None, None
    for line in listing.splitlines():
        if line.startswith("[Ordinal/Name Pointer] Table"):
            section = "exports"
            continue
        match = re.match(r"\s*DLL Name: (\S+)", line)
        if match:
            section, current = "imports", match.group(1).lower()
            imports.setdefault(current, [])
            continue
        if not line.strip():
            section = None
            continue
        if section == "exports":
            match = re.match(r"\s*\[\s*\d+\] (\S+)", line)
            if match:
                exports.append(match.group(1))
        elif section == "imports":
            match = re.match(r"\s*[0-9a-f]+\s+\d+\s+(\S+)", line)
            if match:
                imports[current].append(match.group(1))
            elif not line.lstrip().startswith("vma:"):
                section = None
    return exports, imports


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--objdump", required=True)
    parser.add_argument("--dll", required=True)
    parser.add_argument("--check", choices=["boundary", "def-lists"], required=True)
    parser.add_argument("--export", action="append", default=[], help="a name it must export")
    parser.add_argument("--allow", action="append", default=[], help="a system DLL it may import from")
    parser.add_argument("--def", dest="defs", action="append", default=[], help="a .def list")
    args = parser.parse_args()

    exports, imports = read_dll(args.objdump, args.dll)
    lists = {library.lower(): (names, path) for library, names, path in
             (read_def(p) + (p,) for p in args.defs)}
    failures = 0

    def fail(message):
        nonlocal failures
        failures += 1
        print("FAIL " + message)

    if not imports:
        fail("no import table in %s (objdump found none: is it a DLL?)" % args.dll)
    if args.check == "boundary":
        if sorted(exports) != sorted(args.export):
            fail("exports %s, expected exactly %s" % (sorted(exports), sorted(args.export)))
        else:
            print("exports exactly %s" % ", ".join(sorted(exports)))
        allowed = {name.lower() for name in args.allow} | set(lists)
        for library in sorted(imports):
            if library not in allowed:
                fail("imports from %s (%s), which is not allowed" % (library, ", ".join(imports[library])))
            else:
                print("imports %d functions from %s" % (len(imports[library]), library))
        for library in sorted(lists):
            if library not in imports:
                fail("imports nothing from %s" % library)
    else:
        for library, (names, path) in sorted(lists.items()):
            imported = set(imports.get(library, []))
            listed = set(names)
            if len(listed) != len(names):
                fail("%s lists a function twice" % path)
            for name in sorted(listed - imported):
                fail("%s lists %s, which the DLL does not import" % (path, name))
            for name in sorted(imported - listed):
                fail("the DLL imports %s from %s, which %s does not list" % (name, library, path))
            if listed == imported:
                print("%s: the %d functions it lists are those imported" % (library, len(listed)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
