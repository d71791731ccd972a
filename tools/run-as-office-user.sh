#!/bin/sh
# Runs a command as an ordinary user: LibreOffice's unopkg refuses per-user installs as
# root, and soffice must run as the same user as the unopkg and UNO client before it.
# As root this uses the unprivileged account "nobody" with a fresh home directory.
set -eu
if [ "$(id -u)" -ne 0 ]; then
    exec "$@"
fi
home=$(mktemp -d /tmp/fondscijfers-home.XXXXXX)
chown nobody "$home"
trap 'rm -rf "$home"' EXIT
setpriv --reuid=nobody --regid="$(id -g nobody)" --clear-groups \
    env HOME="$home" TMPDIR="$home" "$@"
