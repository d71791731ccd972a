#!/bin/sh
# Puts LibreOffice 25.2 from Debian bookworm-backports beside the system's LibreOffice, which
# stays as it is (/usr/bin/soffice): the 25.2 packages are downloaded and unpacked into a
# folder of their own, by default /opt/libreoffice-next (or the folder given as argument),
# not installed. Prints that LibreOffice's program/ folder (its soffice and unopkg) as the
# last and only line on stdout; progress goes to stderr. A second run only prints it.
#
#   CALC_PROGRAM=$(tools/libreoffice-next.sh) ctest --test-dir build -L calc
#
# Run as root the first time: it may add the bookworm-backports apt source and update apt.
set -eu

release=bookworm-backports
# What the in-Calc tests use; apt works out the rest.
roots="libreoffice-calc libreoffice-l10n-nl python3-uno"

dest=${1:-/opt/libreoffice-next}
case $dest in /*) ;; *) dest=$(pwd)/$dest ;; esac
program=$dest/usr/lib/libreoffice/program

say() { echo "libreoffice-next: $*" >&2; }
fail() { say "$*"; exit 1; }

if [ -f "$dest/.complete" ]; then
    echo "$program"
    exit 0
fi
[ -e "$dest" ] && fail "$dest exists but was not made by this script: remove it or name another"

# The backports apt source (one may be configured already), and its package lists.
if ! grep -qsE "^[^#]*$release" /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
        /etc/apt/sources.list.d/*.sources; then
    say "adding the $release apt source"
    echo "deb http://deb.debian.org/debian $release main" >/etc/apt/sources.list.d/$release.list
fi
if ! apt-cache policy libreoffice-core-nogui | grep -q " $release/main "; then
    say "apt-get update"
    apt-get update -qq >&2
fi

tmp=$(mktemp -d)
work=$dest.partial
trap 'rm -rf "$tmp" "$work"' EXIT

# The packages: what installing the roots from backports would bring onto this system
# (LibreOffice's own packages and any library the system lacks), less what that would
# only upgrade because it is installed here (libreoffice-dev, say).
# shellcheck disable=SC2086
apt-cache -o APT::Default-Release=$release depends --recurse --no-recommends --no-suggests \
    --no-conflicts --no-breaks --no-replaces --no-enhances $roots >"$tmp/depends"
# shellcheck disable=SC2086
apt-get install -s -t $release --no-install-recommends $roots >"$tmp/simulated"
packages=$(awk 'NR == FNR { if (!/^[ <]/) needed[$1]; next }
    /^Inst / && ($2 in needed) { v = ($3 ~ /^\[/) ? $4 : $3; sub(/^\(/, "", v); print $2 "=" v }' \
    "$tmp/depends" "$tmp/simulated")
version=$(echo "$packages" | sed -n 's/^libreoffice-core=//p')
case $version in
    *:25.2.*) ;;
    *) fail "apt offers no LibreOffice 25.2 from $release (libreoffice-core: '$version')" ;;
esac
say "downloading: $(echo "$packages" | tr '\n' ' ')"

mkdir "$tmp/debs"
# apt downloads as the user _apt where it can.
if id _apt >/dev/null 2>&1; then chmod 755 "$tmp" && chown _apt "$tmp/debs"; fi
# shellcheck disable=SC2086
(cd "$tmp/debs" && apt-get download -q $packages >&2)

say "unpacking into $dest"
rm -rf "$work"
mkdir -p "$work"
for deb in "$tmp"/debs/*.deb; do
    dpkg-deb -x "$deb" "$work"
done

# What the maintainer scripts would do, and pointing the absolute paths of Debian's layout
# (/usr/lib/libreoffice, /etc/libreoffice, /var/lib/libreoffice) at this folder's own files.
lo=$work/usr/lib/libreoffice
mkdir -p "$work/etc/libreoffice/registry"
cp -R "$lo/share/.registry/." "$work/etc/libreoffice/registry/"
find "$work" -type l -lname '/*' | while read -r link; do
    target=$(readlink "$link")
    if [ -e "$work$target" ]; then ln -sfnr "$work$target" "$link"; fi
done
# shellcheck disable=SC2016
sed -i 's|^BRAND_BASE_DIR=file:///usr/lib/libreoffice$|BRAND_BASE_DIR=${ORIGIN}/..|' \
    "$lo/program/fundamentalrc"
# shellcheck disable=SC2016
sed -i 's|^FHS_CONFIG_FILE=file:///etc/|FHS_CONFIG_FILE=${ORIGIN}/../../../../etc/|' \
    "$lo/program/sofficerc"
# shellcheck disable=SC2016
sed -i 's|^export PYTHONPATH="/usr/lib/libreoffice/program"$|export PYTHONPATH="$sd_prog"|' \
    "$lo/program/unopkg"
# Its Python-UNO as in LibreOffice's own builds: uno.py beside pyuno.so, finding both by itself.
here='os.path.dirname(os.path.abspath(__file__))'
sed -e "s|'/usr/lib/libreoffice/program'|$here|" \
    -e "s|:/usr/lib/libreoffice/program/|:' + $here + '/|" \
    "$work/usr/lib/python3/dist-packages/uno.py" >"$lo/program/uno.py"
mv "$work/usr/lib/python3/dist-packages/unohelper.py" "$lo/program/"
rm "$work/usr/lib/python3/dist-packages/uno.py"
# Its own default profile: 25.2 would otherwise take over the 7.4 user profile.
sed -i 's|/libreoffice/4$|/libreoffice-next/4|' "$lo/program/bootstraprc"
if grep -lE "file:///(usr/lib|etc)/libreoffice|[\"']/usr/lib/libreoffice" "$lo"/program/*rc \
        "$lo/program/soffice" "$lo/program/unopkg" "$lo/program/uno.py" >&2; then
    fail "the files above still point at the system LibreOffice"
fi
# Libraries the system lacks (libzxcvbn0) are found beside LibreOffice's own.
for lib in "$work"/usr/lib/*-linux-gnu/*.so.*; do
    if [ -e "$lib" ] && [ ! -e "$lo/program/${lib##*/}" ]; then
        ln -sr "$lib" "$lo/program/${lib##*/}"
    fi
done
missing=$(for f in "$lo/program/soffice.bin" "$lo"/program/*.so; do
    ldd "$f" | sed -n "s|^\t\(.*\) => not found|${f##*/}: \1|p"
done)
[ -z "$missing" ] || fail "libraries not found: $missing"

mv "$work" "$dest"
got=$(HOME=$tmp "$program/soffice" --version) || true
case $got in
    "LibreOffice 25.2"*) ;;
    *) rm -rf "$dest"; fail "soffice --version of the unpacked LibreOffice said: '$got'" ;;
esac
echo "$got" >"$dest/.complete"
say "$got"
echo "$program"
