#!/usr/bin/env bash
# spatch for the Coccinelle tests (lit substitution %spatch): runs `spatch "$@"` with spatch's
# stdout as its own, and fails, printing spatch's stderr and why, whenever spatch could not run
# the script. An empty output then never passes for "no findings".
#
# spatch 1.1.1 (measured, docs/coccinelle.md "When spatch cannot run a script"):
# - a Python library it cannot find (Py.find_library), a .cocci parse error, a Python
#   exception in a script rule on a single file: message on stderr, exit status 255;
# - HOME unset: "Fatal error: exception Not_found", exit 2 (lit drops HOME: it is set here
#   to a scratch directory when missing);
# - a Python exception in a script rule while it walks a directory (a directory argument or
#   --dir): "EXN: Failure(...) in <file>" on stderr, and exit status 0.
# Under --very-quiet, which every test uses, spatch prints nothing on stderr when all is well,
# so stderr lines are failures too: each one is printed, and the exit status is 1.
#
#   spatch.sh ARGS...          SPATCH=/path/to/spatch overrides the spatch on PATH
set -uo pipefail

spatch=${SPATCH:-spatch}
err=$(mktemp "${TMPDIR:-/tmp}/spatch-stderr.XXXXXX") || exit 2
home=
# shellcheck disable=SC2317 # the EXIT trap
cleanup() {
	rm -f "$err"
	if [ -n "$home" ]; then rm -rf "$home"; fi
}
trap cleanup EXIT
if [ -z "${HOME:-}" ] || [ ! -d "$HOME" ]; then
	home=$(mktemp -d "${TMPDIR:-/tmp}/spatch-home.XXXXXX") || exit 2
	export HOME=$home
fi

case " $* " in
*" --very-quiet "*) ;;
*)
	printf 'spatch.sh: pass --very-quiet (stderr output is taken as a failure)\n' >&2
	exit 2
	;;
esac
if ! command -v "$spatch" >/dev/null; then
	printf 'spatch.sh: %s not found: install Debian'\''s coccinelle package (scripts/deps.sh)\n' \
		"$spatch" >&2
	exit 2
fi

rc=0
"$spatch" "$@" 2>"$err" || rc=$?
if [ "$rc" -eq 0 ] && [ ! -s "$err" ]; then
	exit 0
fi
cat "$err" >&2
if [ "$rc" -ne 0 ]; then
	printf 'spatch.sh: spatch failed (exit %s): %s\n' "$rc" "$*" >&2
	exit "$rc"
fi
printf 'spatch.sh: spatch exited 0 but reported the errors above on stderr: %s\n' "$*" >&2
exit 1
