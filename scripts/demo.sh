#!/usr/bin/env bash
# Show boundscope at work: install dependencies, build, run the checker on the bundled example
# driver (examples/), then as kbuild's checker on the real panthor driver from Debian's
# linux-source-6.12 (extracted into a scratch directory, built against Debian's headers).
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bs_trap_errors
cd "$BS_ROOT"

bash scripts/deps.sh
bash scripts/build.sh
checker=$(bs_checker)
kdir=$(bs_headers_dir)
scratch=${BOUNDSCOPE_DEMO_DIR:-${TMPDIR:-/tmp}/boundscope-kernel}
rc=0

printf '\n'
bs_say "1. the bundled example: boundscope -nostdinc -isystem testsuite/include examples/fakegpu_drv.c"
"$checker" -nostdinc -isystem testsuite/include examples/fakegpu_drv.c || rc=$?
printf 'exit code %s (findings do not change it without --error; see docs/usage.md)\n' "$rc"
[ "$rc" -eq 0 ] || bs_die "the checker failed on the example"

printf '\n'
bs_say "2. the real panthor driver (Linux 6.12), with boundscope as kbuild's checker"
bs_say "extracting drivers/gpu/drm/panthor into $scratch"
bs_extract "$scratch" gpu/drm/panthor
dir=$scratch/gpu/drm/panthor
log=$scratch/panthor-check.log
[ -f "$dir/Makefile" ] || bs_die "drivers/gpu/drm/panthor is not in $BS_KERNEL_TARBALL"
db=$scratch/panthor.db
rm -f "$db" "$db-wal" "$db-shm"
bs_say "make -C $kdir M=$dir CONFIG_DRM_PANTHOR=m C=2 CHECK=$checker CF=--db=$db modules"
make -C "$kdir" M="$dir" CONFIG_DRM_PANTHOR=m C=2 CHECK="$checker" CF="--db=$db" -j"$BS_JOBS" \
	-O modules >"$log" 2>&1 || rc=$?
grep -E '^  CHECK ' "$log" || true
bs_diagnostics "$log"
bs_rule_counts "$log"
printf 'full log: %s\n' "$log"
[ "$rc" -eq 0 ] || bs_die "the checked kbuild run failed (exit $rc)"

printf '\n'
bs_say "3. the whole driver: boundscope report --db=$db (chains across files, teardown model)"
rc=0
"$checker" report --db="$db" --config="$BS_ROOT/testsuite/realkernel/configs/panthor.json" || rc=$?
printf 'exit code %s (report is a CI mode: 1 means findings; docs/real-drivers.md triages them)\n' "$rc"
[ "$rc" -le 1 ] || bs_die "the whole-driver report failed (exit $rc)"
