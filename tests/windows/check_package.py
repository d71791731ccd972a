"""The Windows-native package (fondscijfers-windows-native.oxt) beside the shipped one.

The shipped package keeps the portable component on Windows x64: its manifest gives the
Python component for Windows_X86_64 and it holds no DLL. The Windows-native package is the
shipped one plus fondscijfers.dll: every other file the same bytes; the manifest registers
fondscijfers-windows.components for Windows_X86_64 and the portable component no longer
there; that file names the DLL in the package, in binary UNO, with the shipped
implementation and service names; and the DLL in it exports and imports what
check_dll.py --check boundary allows.

Prints "ok ..." or "FAIL ..." per check.

Usage: check_package.py --oxt <fondscijfers.oxt> --windows-oxt <fondscijfers-windows-native.oxt>
                        --objdump <objdump> --def <sal3.def> --def <cppu3.def>
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
MANIFEST = "{http://openoffice.org/2001/manifest}"
COMPONENTS = "{http://openoffice.org/2010/uno-components}"
WINDOWS = "Windows_X86_64"


def entries(package):
    """(full path, media type) of every file entry of the package's manifest."""
    root = ET.fromstring(package.read("META-INF/manifest.xml"))
    return [(e.get(MANIFEST + "full-path"), e.get(MANIFEST + "media-type"))
            for e in root.iter(MANIFEST + "file-entry")]


def platforms(media_type):
    match = re.search(r"platform=\"?([^\";]+)\"?", media_type)
    return match.group(1).split(",") if match else []


def registered_for(package, platform, kind):
    """The entries of that kind (uno-components, uno-component;type=Python) for a platform."""
    return [path for path, media in entries(package)
            if media.startswith("application/vnd.sun.star." + kind) and platform in platforms(media)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--oxt", required=True)
    parser.add_argument("--windows-oxt", required=True)
    parser.add_argument("--objdump", required=True)
    parser.add_argument("--def", dest="defs", action="append", default=[])
    args = parser.parse_args()
    failures = 0

    def expect(ok, message):
        nonlocal failures
        print(("ok   " if ok else "FAIL ") + message)
        failures += not ok

    shipped, windows = zipfile.ZipFile(args.oxt), zipfile.ZipFile(args.windows_oxt)
    expect(registered_for(shipped, WINDOWS, "uno-component;type=Python") == ["fondscijfers_portable.py"]
           and not registered_for(shipped, WINDOWS, "uno-components"),
           "the shipped package gives Windows x64 the portable component")
    expect(not [n for n in shipped.namelist() if n.lower().endswith(".dll")],
           "the shipped package holds no DLL")

    added = sorted(set(windows.namelist()) - set(shipped.namelist()))
    expect(added == ["Windows_x86_64/fondscijfers.dll", "fondscijfers-windows.components"],
           "the Windows-native package adds %s" % ", ".join(added))
    missing = sorted(set(shipped.namelist()) - set(windows.namelist()))
    expect(not missing, "it lacks none of the shipped files%s" % (": " + ", ".join(missing) if missing else ""))
    different = [n for n in shipped.namelist() if n in windows.namelist()
                 and n != "META-INF/manifest.xml" and shipped.read(n) != windows.read(n)]
    expect(not different, "every other file is the same bytes%s"
           % (": not " + ", ".join(different) if different else ""))

    expect(registered_for(windows, WINDOWS, "uno-components") == ["fondscijfers-windows.components"],
           "its manifest registers fondscijfers-windows.components for %s" % WINDOWS)
    expect(not registered_for(windows, WINDOWS, "uno-component;type=Python"),
           "and the portable component no longer for %s" % WINDOWS)
    others = [p for p in platforms(dict(entries(shipped))["fondscijfers_portable.py"]) if p != WINDOWS]
    expect(platforms(dict(entries(windows))["fondscijfers_portable.py"]) == others,
           "the portable component for the %d other platforms, as in the shipped package" % len(others))
    expect(registered_for(windows, "Linux_X86_64", "uno-components") == ["fondscijfers.components"],
           "and the Linux component for Linux_X86_64")

    linux = ET.fromstring(windows.read("fondscijfers.components")).find(COMPONENTS + "component")
    component = ET.fromstring(windows.read("fondscijfers-windows.components")).find(COMPONENTS + "component")
    uri = component.get("uri")
    expect(uri in windows.namelist(), "fondscijfers-windows.components names %s, in the package" % uri)
    expect(component.get("environment") == "uno" and component.get("loader") == linux.get("loader"),
           "in binary UNO (environment \"uno\"), loaded by %s" % component.get("loader"))
    names = lambda c: [(i.get("name"), [s.get("name") for s in i.iter(COMPONENTS + "service")])
                       for i in c.iter(COMPONENTS + "implementation")]
    expect(names(component) == names(linux), "with the implementation and service of the Linux one: %s"
           % names(component))

    with tempfile.TemporaryDirectory() as work:
        dll = windows.extract(uri, work)
        check = subprocess.run(
            [sys.executable, os.path.join(HERE, "check_dll.py"), "--objdump", args.objdump,
             "--dll", dll, "--check", "boundary", "--export", "component_getFactory",
             "--export", "component_getImplementationEnvironment", "--allow", "KERNEL32.dll",
             "--allow", "msvcrt.dll"] + sum((["--def", d] for d in args.defs), []),
            capture_output=True, text=True)
        print(check.stdout, end="")
        expect(check.returncode == 0, "the packaged DLL's boundary (check_dll.py --check boundary)")
    print("%d failed" % failures if failures else "all passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
