#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# The mali_csf behaviour tests: build the driver's .c files (unchanged) against the kernel-API
# model and the GPU model three times (plain, ASan+UBSan, TSan) and run every test in each;
# then the guard-removed variant (the unbind trap must fire) and boundscope on that variant
# (it must report it). Prints PASS/FAIL per test and a closing "N passed, N failed" line;
# exits non-zero if anything failed.
#
#   testsuite/behaviour/run.sh
#   O=/tmp/b SANITIZERS="asan" testsuite/behaviour/run.sh        # a build dir, a subset
#   DRIVER=/path/to/driver-copy testsuite/behaviour/run.sh        # another copy of driver/
#   BEHAVIOUR_SKIP_STATIC=1 ...                                   # no kernel headers here
set -u

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
O=${O:-$root/build/behaviour}
SANITIZERS=${SANITIZERS:-none asan tsan}
DRIVER=${DRIVER:-$root/driver}
BOUNDSCOPE=${BOUNDSCOPE:-$root/build/bin/boundscope}
KDIR=${KDIR:-$(ls -d /usr/src/linux-headers-6.12.*+deb12-amd64 2>/dev/null | sort -V | tail -n 1)}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
export TSAN_OPTIONS=${TSAN_OPTIONS:-second_deadlock_stack=1}
mkdir -p "$O/logs"
passed=0
failed=0
start=$SECONDS

result() {	# name status log
	if [ "$2" -eq 0 ]; then
		printf 'PASS: %s\n' "$1"
		passed=$((passed + 1))
	else
		printf 'FAIL: %s (exit %s; log %s)\n' "$1" "$2" "$3"
		sed -n '1,60p' "$3" | sed 's/^/    /'
		failed=$((failed + 1))
	fi
}

run_tests() {	# label binary [test...]
	local label=$1 bin=$2 t rc log
	shift 2
	[ "$#" -gt 0 ] || set -- $("$bin" --list)
	for t in "$@"; do
		log="$O/logs/$label-$t.log"
		timeout 240 "$bin" "$t" >"$log" 2>&1
		rc=$?
		grep -E '^(stress|interleave):' "$log" | sed 's/^/    /'
		result "$label/$t" "$rc" "$log"
	done
}

for san in $SANITIZERS; do
	log="$O/logs/build-$san.log"
	if ! make -s -C "$here" O="$O" SAN="$san" DRIVER="$DRIVER" -j"$JOBS" >"$log" 2>&1; then
		result "build ($san)" 1 "$log"
		continue
	fi
	run_tests "$san" "$O/$san/behaviour"
done

# The variant without GROUP_CREATE's unbind guard: the deterministic interleaving must trap.
log="$O/logs/build-variant.log"
if make -s -C "$here" O="$O" SAN=none VARIANT=1 DRIVER="$DRIVER" -j"$JOBS" >"$log" 2>&1; then
	run_tests "variant-no-guard" "$O/none-variant/behaviour" interleave_unbind_guard
	sed -n '/trapped/,$p' "$O/logs/variant-no-guard-interleave_unbind_guard.log" |
		grep -v '^  log:' | sed 's/^/    /'
else
	result "build (variant)" 1 "$log"
fi

# ...and boundscope must report that variant statically (per file through kbuild C=2, and
# over the whole driver with `boundscope report`: the chain crosses into mali_csf_sched.c).
if [ "${BEHAVIOUR_SKIP_STATIC:-0}" = 1 ]; then
	printf 'SKIP: static check of the variant (BEHAVIOUR_SKIP_STATIC=1)\n'
else
	log="$O/logs/static-variant.log"
	work=$(mktemp -d "${TMPDIR:-/tmp}/behaviour_variant.XXXXXX")
	status=1
	if [ -x "$BOUNDSCOPE" ] && [ -n "$KDIR" ] && [ -d "$KDIR" ]; then
		cp -r "$DRIVER" "$work/driver"
		sed -f "$here/variant.sed" "$DRIVER/mali_csf_drv.c" >"$work/driver/mali_csf_drv.c"
		{
			make -C "$KDIR" M="$work/driver" C=2 CHECK="$BOUNDSCOPE" \
				CF="--db=$work/facts.db" modules
			echo "== boundscope report"
			"$BOUNDSCOPE" report --db="$work/facts.db"
			echo "report exit status $?"
		} >"$log" 2>&1
		# The finding, on the unguarded GROUP_CREATE, and the report's failing exit status.
		if grep "boundscope-unguarded-access" "$log" |
			grep -q "mali_csf_ioctl_group_create" &&
		   ! grep -q "^report exit status 0$" "$log"; then
			status=0
			grep -m 1 "boundscope-unguarded-access.*group_create" "$log" |
				sed 's/^/    /'
		fi
	else
		echo "no boundscope ($BOUNDSCOPE) or kernel headers (KDIR=$KDIR)" >"$log"
	fi
	rm -rf "$work"
	result "variant-no-guard/boundscope reports it" "$status" "$log"
fi

printf 'behaviour tests: %s s\n' "$((SECONDS - start))"
printf '%s passed, %s failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
