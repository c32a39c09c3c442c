# shellcheck shell=sh
# Shared by the shims in bin/: a fresh Debian 12 machine's package tools, for
# testsuite/scripts/deps.test. Sourced, never run.
#
# FAKE_STATE   directory of the fake machine (created): installed (one package a line),
#              calls (every shim call, one a line), root/ (files the fake packages install)
# FAKE_ARCHIVE the package names apt-cache knows, one "name - description" a line
#              (default: archive.txt next to this file)
# FAKE_UID     what `id -u` says (default 0)
# FAKE_FAIL    the one call that fails, as "apt-get update", "apt-get install", "apt-cache",
#              "dpkg-query", "dpkg", "id" or "sudo"
: "${FAKE_STATE:?FAKE_STATE must name the directory of the fake machine}"
FAKE_HERE=$(cd "$(dirname "$0")/.." && pwd)
FAKE_ARCHIVE=${FAKE_ARCHIVE:-$FAKE_HERE/archive.txt}
mkdir -p "$FAKE_STATE/root"
touch "$FAKE_STATE/installed" "$FAKE_STATE/calls"

fake_log() { printf '%s\n' "$*" >>"$FAKE_STATE/calls"; }
fake_fails() { [ "${FAKE_FAIL:-}" = "$1" ]; }
fake_installed() { grep -q -x -F -e "$1" "$FAKE_STATE/installed"; }
