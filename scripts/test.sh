#!/usr/bin/env bash
# Run every test: install dependencies, build, run the lit suite (cmake target `check`),
# then the real-kernel test (testsuite/realkernel/run.sh). Exits non-zero if anything fails;
# a failing part does not stop the later ones, so one run shows everything.
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bs_trap_errors
cd "$BS_ROOT"

failed=()
start=$SECONDS

bs_say "dependencies"
bash scripts/deps.sh
bs_say "build"
if ! bash scripts/build.sh; then
	# Nothing below can run without a build.
	printf 'FAILED: build\n'
	exit 1
fi

bs_say "lit suite (cmake --build build --target check)"
mkdir -p build
lit_log=build/lit.log
lit_rc=0
cmake --build build --target check 2>&1 | tee "$lit_log" || lit_rc=$?
if [ "$lit_rc" -ne 0 ]; then
	failed+=("lit suite (exit $lit_rc)")
fi

bs_say "the mali_csf driver: warning-free module build, boundscope-clean (driver/check.sh)"
if ! sh driver/check.sh; then
	failed+=("driver check")
fi

bs_say "driver behaviour tests (testsuite/behaviour/run.sh: kernel-API and GPU models, ASan, TSan)"
if ! bash testsuite/behaviour/run.sh; then
	failed+=("behaviour tests")
fi

bs_say "real-kernel test (testsuite/realkernel/run.sh)"
if ! bash testsuite/realkernel/run.sh; then
	failed+=("real-kernel test")
fi

printf '\n'
bs_say "summary ($((SECONDS - start)) s)"
# lit's own summary: the "Total Discovered Tests" block and the lists of failures.
awk '/^(Failed Tests|Unexpectedly Passed Tests|Timed Out Tests) \(|^Total Discovered Tests:/ {
		block = 1; print; next }
	block && /^  / { print; next }
	{ block = 0 }' "$lit_log"
# One plain closing line for CI: lit's counts plus the real-kernel test as one test.
passed=$(sed -n 's/^  Passed *: *\([0-9]*\).*/\1/p' "$lit_log" | tail -n 1)
nfail=$(sed -n 's/^  \(Failed\|Unexpectedly Passed\|Timed Out\) *: *\([0-9]*\).*/\2/p' "$lit_log" | awk '{n += $1} END {print n + 0}')
passed=${passed:-0}
for part in "real-kernel test" "driver check" "behaviour tests"; do
	case " ${failed[*]:-} " in
	*"$part"*) nfail=$((nfail + 1)) ;;
	*) passed=$((passed + 1)) ;;
	esac
done
if [ "${#failed[@]}" -gt 0 ]; then
	printf 'FAILED: %s\n' "${failed[@]}"
	printf '%s passed, %s failed\n' "$passed" "$nfail"
	exit 1
fi
printf '%s passed, %s failed\n' "$passed" "$nfail"
