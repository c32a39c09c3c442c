#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Build mali_csf against kernel headers and check it with boundscope, file by file (C=2) and
# as a whole driver (the fact store plus `boundscope report`). Exits non-zero on any compiler
# warning or error, any boundscope finding, or anything boundscope could not analyse.
#
#   driver/check.sh                      # headers: $KDIR, else the newest 6.12 Debian headers
#   KDIR=/path/to/headers BOUNDSCOPE=/path/to/boundscope driver/check.sh
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
KDIR=${KDIR:-$(ls -d /usr/src/linux-headers-6.12.*+deb12-amd64 2>/dev/null | sort -V | tail -n 1)}
BOUNDSCOPE=${BOUNDSCOPE:-$root/build/bin/boundscope}

[ -n "$KDIR" ] && [ -d "$KDIR" ] || { echo "check.sh: no kernel headers (set KDIR)" >&2; exit 2; }
[ -x "$BOUNDSCOPE" ] || { echo "check.sh: $BOUNDSCOPE missing (bash scripts/build.sh)" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/mali_csf_check.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
status=0

# 1. A clean build; kbuild prints nothing but its own progress lines unless the compiler or
#    modpost complains.
clean() {
	if ! make -s -C "$KDIR" M="$here" clean; then
		echo "check.sh: make clean failed ($KDIR)" >&2
		exit 1
	fi
}
clean
if ! make -C "$KDIR" M="$here" W=1 modules >"$work/build.log" 2>&1; then
	cat "$work/build.log"
	echo "check.sh: build failed" >&2
	exit 1
fi
if grep -E -i 'warning:|error:' "$work/build.log"; then
	echo "check.sh: the build has warnings" >&2
	status=1
fi

# 2. boundscope on every file (C=2), recording facts for the whole-driver report. With
#    --error the check exits 1 on a finding, 2 on anything it could not analyse; kbuild
#    stops on either.
if ! make -C "$KDIR" M="$here" C=2 CHECK="$BOUNDSCOPE" \
	CF="--error --db=$work/facts.db" modules >"$work/check.log" 2>&1; then
	grep -v -E '^(make|  (CC|LD|CHECK|MODPOST|BTF))' "$work/check.log" || true
	echo "check.sh: boundscope found problems in single-file mode" >&2
	status=1
fi

# 3. The whole driver: call chains across files (an ioctl in mali_csf_drv.c reaching a
#    register write in mali_csf_mmu.c).
if ! "$BOUNDSCOPE" report --db="$work/facts.db"; then
	echo "check.sh: boundscope found problems in whole-driver mode" >&2
	status=1
fi

clean
[ "$status" -eq 0 ] && echo "check.sh: mali_csf builds without warnings; boundscope: 0 findings"
exit "$status"
