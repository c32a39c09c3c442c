#!/usr/bin/env bash
# Real-kernel test: run boundscope as kbuild's checker (make C=2 CHECK=...) over real DRM
# drivers from Debian's linux-source-6.12, built out of tree against Debian's 6.12 headers.
#
# Asserts, for each driver that builds: the checked make succeeds, no file or function went
# unanalysed and nothing crashed, and every .c file compiled into the driver's modules was
# checked. The whole-driver answer is computed twice, from the store the C=2 run filled
# (CF=--db=..., then `boundscope report`), per file by a second C=2 run through that store
# (which must print exactly the report's findings), and with `boundscope check -p` over a compilation
# database recorded by bear; both must agree, and equal the checked-in expectations
# (testsuite/realkernel/expected-findings.tsv: driver, file, function, rule). For panthor and
# ivpu, check -p runs once more with every kernel-header body parsed (--no-skip-bodies) and must
# print exactly the same findings and notes (BOUNDSCOPE_FULL_PARSE_DRIVERS). Every entry
# there is triaged in docs/real-drivers.md. BOUNDSCOPE_UPDATE_EXPECTATIONS=1 rewrites it.
#
# panthor is required. panfrost, imagination (powervr), accel/ivpu and the tiny drivers are
# checked when they build out of tree against Debian's amd64 configuration, and so are the
# display drivers (vc4, gud, udl, ast, mgag200, hyperv, vboxvideo, qxl, virtio-gpu, the bridge
# directory and its subdirectories adv7511, analogix, cadence, imx and synopsys, the panel
# directory) and xe (without its display part, see DRIVER_MAKE_ARGS); a module that does not
# build even without the checker is skipped with the reason.
# A nested directory is its own kbuild directory and its own driver: its parent's run leaves its
# modules out. BOUNDSCOPE_REALKERNEL_DRIVERS="all" is the same set.
#
# Environment: BOUNDSCOPE_CHECK (checker command, default build/bin/boundscope),
# BOUNDSCOPE_REALKERNEL_DRIVERS (space-separated subset of the driver list below, or "all"),
# BOUNDSCOPE_REALKERNEL_DIR (scratch directory), BOUNDSCOPE_KDIR (headers), BS_JOBS.
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../../scripts/lib.sh"
bs_trap_errors

# drivers/<dir> and whether the test fails when it cannot be checked.
ALL_DRIVERS=(
	gpu/drm/panthor:required
	gpu/drm/panfrost:optional
	gpu/drm/imagination:optional
	accel/ivpu:optional
	gpu/drm/tiny:optional
	gpu/drm/vc4:optional
	gpu/drm/gud:optional
	gpu/drm/udl:optional
	gpu/drm/ast:optional
	gpu/drm/mgag200:optional
	gpu/drm/hyperv:optional
	gpu/drm/vboxvideo:optional
	gpu/drm/qxl:optional
	gpu/drm/virtio:optional
	gpu/drm/bridge:optional
	gpu/drm/bridge/adv7511:optional
	gpu/drm/bridge/analogix:optional
	gpu/drm/bridge/cadence:optional
	gpu/drm/bridge/imx:optional
	gpu/drm/bridge/synopsys:optional
	gpu/drm/panel:optional
	gpu/drm/xe:optional
)
# Per-driver build settings: more make arguments, and directories below drivers/ to extract
# with the driver and add to the include path. xe includes i915's soc/ and display/ headers
# (xe/xe_device_types.h:30-31) and compiles its display part from
# $(srctree)/drivers/gpu/drm/i915/display, which the headers package lacks: it is checked
# without it (CONFIG_DRM_XE_DISPLAY off).
declare -A DRIVER_MAKE_ARGS=([gpu/drm/xe]="CONFIG_DRM_XE_DISPLAY=")
declare -A DRIVER_INCLUDES=([gpu/drm/xe]="gpu/drm/i915 gpu/drm/i915/display")
declare -A DRIVER_EXTRACT=([gpu/drm/xe]="gpu/drm/i915")
# What must never appear in a checked build's output.
FAILURE_RE='internal error|could not analyse|boundscope: error|PLEASE submit a bug report|Stack dump'

CHECKER=${BOUNDSCOPE_CHECK:-$(bs_checker)}
EXPECTED=$BS_ROOT/testsuite/realkernel/expected-findings.tsv
KDIR=$(bs_headers_dir)
SCRATCH=${BOUNDSCOPE_REALKERNEL_DIR:-${TMPDIR:-/tmp}/boundscope-realkernel}

drivers=()
for entry in "${ALL_DRIVERS[@]}"; do
	if [ -z "${BOUNDSCOPE_REALKERNEL_DRIVERS:-}" ] || [ "$BOUNDSCOPE_REALKERNEL_DRIVERS" = all ]; then
		drivers+=("$entry")
	elif [[ " $BOUNDSCOPE_REALKERNEL_DRIVERS " == *" ${entry%%:*} "* ]]; then
		drivers+=("$entry")
	fi
done
[ "${#drivers[@]}" -gt 0 ] || bs_die "BOUNDSCOPE_REALKERNEL_DRIVERS selects no driver"

bs_say "checker: $CHECKER"
bs_say "kernel headers: $KDIR"
bs_say "extracting ${drivers[*]%%:*} from $BS_KERNEL_TARBALL into $SCRATCH"
extra_dirs=()
for entry in "${drivers[@]%%:*}"; do
	# shellcheck disable=SC2206 # a space-separated list of directories
	extra_dirs+=(${DRIVER_EXTRACT[$entry]:-})
done
bs_extract "$SCRATCH" "${drivers[@]%%:*}" "${extra_dirs[@]}"

failures=()
checked=()
skipped=()
all_findings=$SCRATCH/all-findings.log
: >"$all_findings"
whole=$SCRATCH/whole-driver.tsv
: >"$whole"

fail() {
	printf 'FAIL: %s\n' "$1"
	failures+=("$1")
}

# The modules a driver Makefile can build: "CONFIG_NAME module" lines (`obj-$(CONFIG_X) += x.o`,
# also `:=`, as ast and udl write it).
makefile_modules() {
	sed -n -E 's/^obj-\$\((CONFIG_[A-Za-z0-9_]+)\)[[:space:]]*[+:]?=[[:space:]]*([A-Za-z0-9_-]+)\.o.*/\1 \2/p' \
		"$1/Makefile"
}

# driver_name SUBDIR: the name of a driver's scratch files and of its configs/<name>.json: the
# directory below gpu/drm/ or accel/, nested components joined by '-' (bridge-imx), so that
# gpu/drm/imx and gpu/drm/bridge/imx never share a log or a store.
driver_name() {
	local name=${1#gpu/drm/}
	name=${name#accel/}
	printf '%s\n' "${name//\//-}"
}

# nested_drivers SUBDIR: the listed drivers below SUBDIR (gpu/drm/bridge/adv7511 below
# gpu/drm/bridge) that were extracted. The parent's Makefile descends into them (obj-y += imx/),
# but they are checked as drivers of their own: the parent's run must not build them again.
nested_drivers() {
	local entry
	for entry in "${ALL_DRIVERS[@]%%:*}"; do
		if [[ $entry == "$1"/* ]] && [ -f "$SCRATCH/$entry/Makefile" ]; then
			printf '%s\n' "$entry"
		fi
	done
}

# nested_off SUBDIR...: "CONFIG_X=" for every module of the drivers SUBDIR..., which overrides
# the headers' configuration on make's command line.
nested_off() {
	local sub config module
	for sub in "$@"; do
		while read -r config module; do
			printf '%s=\n' "$config"
		done < <(makefile_modules "$SCRATCH/$sub")
	done
}

# driver_build_args SUBDIR: sets DRV_ARGS to the driver's make arguments: its
# DRIVER_MAKE_ARGS and one KCFLAGS with the tracepoint include and its DRIVER_INCLUDES.
DRV_ARGS=()
driver_build_args() {
	local kcflags=${BS_TRACE_CFLAGS[0]:-} inc
	kcflags=${kcflags#KCFLAGS=}
	# shellcheck disable=SC2206 # a space-separated list of make arguments
	DRV_ARGS=(${DRIVER_MAKE_ARGS[$1]:-})
	for inc in ${DRIVER_INCLUDES[$1]:-}; do
		[ -d "$SCRATCH/$inc" ] || bs_die "DRIVER_INCLUDES of $1: no drivers/$inc extracted"
		kcflags+=" -I$SCRATCH/$inc"
	done
	[ -z "$kcflags" ] || DRV_ARGS+=("KCFLAGS=${kcflags# }")
}

# kbuild DIR ARGS...: make against the headers for the module directory DIR.
kbuild() {
	local dir=$1
	shift
	make -C "$KDIR" M="$dir" KBUILD_MODPOST_WARN=1 -j"$BS_JOBS" "${DRV_ARGS[@]}" "$@"
}

# check_driver SUBDIR REQUIRED
check_driver() {
	local sub=$1 required=$2 dir=$SCRATCH/$1 name
	local config module on=() off=() good=() nested=() rc=0 reason
	name=$(driver_name "$sub")
	mapfile -t nested < <(nested_drivers "$sub")
	mapfile -t off < <(nested_off "${nested[@]}")

	printf '\n'
	bs_say "$sub"
	if [ ! -f "$dir/Makefile" ]; then
		reason="drivers/$sub is not in $BS_KERNEL_TARBALL"
		if [ "$required" = required ]; then fail "$reason"; else skipped+=("$sub: $reason"); fi
		return 0
	fi

	bs_trace_include "$SCRATCH" "$dir"
	driver_build_args "$sub"
	local t0=$SECONDS
	# Pass 1, without the checker: which modules build out of tree at all? Debian's amd64
	# configuration lacks some of their dependencies (OF, DRM_MIPI_DBI, ...). modpost's
	# unresolved symbols are only warnings (KBUILD_MODPOST_WARN): linking is not what we test.
	while read -r config module; do
		on+=("$config=m")
	done < <(makefile_modules "$dir")
	if [ "${#on[@]}" -eq 0 ]; then
		fail "$sub: no obj-\$(CONFIG_...) module in its Makefile"
		return 0
	fi
	kbuild "$dir" -k "${on[@]}" "${off[@]}" modules >"$SCRATCH/$name-build.log" 2>&1 || true
	on=()
	while read -r config module; do
		if [ -f "$dir/$module.o" ]; then
			on+=("$config=m")
			good+=("$module")
		else
			off+=("$config=")
			reason=$(grep -m 1 -E "/${module}\.c:[0-9:]+ error|ERROR: .*/${module}\.ko" \
				"$SCRATCH/$name-build.log" ||
				grep -m 1 -E 'error|ERROR' "$SCRATCH/$name-build.log" ||
				echo "see $SCRATCH/$name-build.log")
			reason="$module ($config) does not build out of tree against Debian's headers, even without boundscope: $reason"
			if [ "$required" = required ]; then
				fail "$sub: $reason"
				tail -n 30 "$SCRATCH/$name-build.log"
			else
				skipped+=("$sub: $reason")
				printf 'skip: %s\n' "$reason"
			fi
		fi
	done < <(makefile_modules "$dir")
	[ "${#good[@]}" -gt 0 ] || return 0

	# Pass 2: the checked build, as a user runs it. -O keeps each file's diagnostics together
	# under -j; -k checks the other files after a failure, so that one run shows them all.
	local log=$SCRATCH/$name-check.log db=$SCRATCH/$name.db
	# A driver's project configuration, as its maintainers would keep one (configs/<name>.json).
	local cfg=() cfg_file=$BS_ROOT/testsuite/realkernel/configs/$name.json
	if [ -f "$cfg_file" ]; then
		cfg=("--config=$cfg_file")
		printf 'project configuration: %s\n' "$cfg_file"
	fi
	rm -f "$db" "$db-wal" "$db-shm"
	bs_say "make C=2 CHECK=boundscope CF=--db=$db ${on[*]} (modules: ${good[*]})"
	kbuild "$dir" -O -k "${on[@]}" "${off[@]}" C=2 CHECK="$CHECKER" CF="--db=$db ${cfg[*]}" modules \
		>"$log" 2>&1 || rc=$?
	if [ "$rc" -ne 0 ]; then
		fail "$sub: the checked make failed (exit $rc); its output is below and in $log"
	fi
	if grep -E "$FAILURE_RE" "$log"; then
		fail "$sub: the checker reported an internal failure or unanalysed code (lines above)"
	fi

	# Every .c file compiled into the modules built must have been checked, and no module of a
	# nested driver may have been built: those are checked in their own run.
	local expected=$SCRATCH/$name-expected.txt seen=$SCRATCH/$name-checked.txt obj src nest
	: >"$expected"
	if [ -f "$dir/modules.order" ]; then
		while read -r obj; do
			for nest in "${nested[@]}"; do
				if [[ $obj == "$SCRATCH/$nest/"* ]]; then
					fail "$sub: built $obj, a module of the nested driver $nest"
				fi
			done
			while read -r src; do
				src=${src%.o}.c
				if [ -f "$src" ]; then printf '%s\n' "$src" >>"$expected"; fi
			done <"${obj%.o}.mod"
		done <"$dir/modules.order"
	fi
	sort -u -o "$expected" "$expected"
	sed -n -E 's/^  CHECK   (.*\.c)$/\1/p' "$log" | sort -u >"$seen"
	local n_expected n_seen missing
	n_expected=$(wc -l <"$expected")
	n_seen=$(wc -l <"$seen")
	missing=$(comm -23 "$expected" "$seen")
	printf 'files: %s compiled into the modules, %s checked\n' "$n_expected" "$n_seen"
	if [ "$n_expected" -eq 0 ]; then
		fail "$sub: found no compiled .c files (modules.order/.mod missing?)"
	elif [ -n "$missing" ]; then
		fail "$sub: not checked: $(printf '%s' "$missing" | tr '\n' ' ')"
	fi

	# The whole-driver answer from the store the checked build filled ...
	local report=$SCRATCH/$name-report.txt
	bs_say "boundscope report --db=$db"
	rc=0
	"$CHECKER" report --db="$db" "${cfg[@]}" >"$report" 2>&1 || rc=$?
	cat "$report"
	if [ "$rc" -gt 1 ]; then
		fail "$sub: boundscope report failed (exit $rc)"
	fi
	grep -E '\[boundscope-' "$report" >>"$all_findings" || true
	"$CHECKER" report --db="$db" "${cfg[@]}" --format=tsv 2>/dev/null | driver_triples "$sub" "$dir" \
		>"$SCRATCH/$name-report.tsv" || true

	# ... per file: a second checked build through the same store prints, file by file, what
	# the report prints (the first one held the whole-driver rules back for the files checked
	# before the store held the whole module) ...
	local log2=$SCRATCH/$name-check2.log
	bs_say "make C=2 again through the store: per-file answers"
	rc=0
	kbuild "$dir" -O -k "${on[@]}" "${off[@]}" C=2 CHECK="$CHECKER" \
		CF="-fno-caret-diagnostics --db=$db ${cfg[*]}" modules >"$log2" 2>&1 || rc=$?
	if [ "$rc" -ne 0 ] || grep -E "$FAILURE_RE|held back" "$log2"; then
		fail "$sub: the second checked make failed or held answers back (see $log2)"
	fi
	if ! diff -u <("$CHECKER" report --no-source --db="$db" "${cfg[@]}" 2>/dev/null |
			grep -E ': (warning|note): ' | sort) \
		<(grep -E ': (warning|note): ' "$log2" | sort); then
		fail "$sub: the per-file answers of the second C=2 run differ from the report (diff above)"
	fi

	# ... and from check -p over a compilation database of a fresh build.
	local cdb_log=$SCRATCH/$name-bear.log checkp=$SCRATCH/$name-checkp.tsv
	bs_say "bear -- make; boundscope check -p $dir"
	kbuild "$dir" clean >/dev/null 2>&1 || true
	if ! bear --output "$dir/compile_commands.json" -- \
		make -C "$KDIR" M="$dir" KBUILD_MODPOST_WARN=1 -j"$BS_JOBS" "${DRV_ARGS[@]}" \
		"${on[@]}" "${off[@]}" modules >"$cdb_log" 2>&1; then
		fail "$sub: the build for the compilation database failed (see $cdb_log)"
	fi
	rc=0
	"$CHECKER" check -p "$dir" -j "$BS_JOBS" "${cfg[@]}" --format=tsv 2>"$SCRATCH/$name-checkp.err" |
		driver_triples "$sub" "$dir" >"$checkp" || rc=$?
	if grep -E "$FAILURE_RE" "$SCRATCH/$name-checkp.err"; then
		fail "$sub: check -p reported an internal failure or unanalysed code (lines above)"
	fi
	if ! diff -u "$SCRATCH/$name-report.tsv" "$checkp"; then
		fail "$sub: check -p and C=2 + report disagree (diff above)"
	fi
	compare_full_parse "$sub" "$dir" "$db"
	cat "$checkp" >>"$whole"
	bs_rule_counts "$report"
	checked+=("$sub ($n_seen files, $((SECONDS - t0)) s)")
}

# compare_full_parse SUB DIR DB: the checks above parsed only the kernel-header bodies the
# analysis reads (header-inlines.json); for the drivers in FULL_PARSE_DRIVERS, check -p once more
# with every body parsed must print exactly the report's findings and notes.
FULL_PARSE_DRIVERS=${BOUNDSCOPE_FULL_PARSE_DRIVERS-gpu/drm/panthor accel/ivpu}
compare_full_parse() {
	local sub=$1 dir=$2 db=$3 name rc=0
	[[ " $FULL_PARSE_DRIVERS " == *" $sub "* ]] || return 0
	name=$(driver_name "$sub")
	local full=$SCRATCH/$name-full-parse.txt t0=$SECONDS
	bs_say "check -p $dir --no-skip-bodies: the same answer with every body parsed"
	"$CHECKER" check -p "$dir" -j "$BS_JOBS" "${cfg[@]}" --no-skip-bodies --no-source \
		>"$full" 2>"$SCRATCH/$name-full-parse.err" || rc=$?
	if [ "$rc" -gt 1 ] || grep -E "$FAILURE_RE" "$SCRATCH/$name-full-parse.err"; then
		fail "$sub: check -p --no-skip-bodies failed (exit $rc; $SCRATCH/$name-full-parse.err)"
	fi
	if ! diff -u <("$CHECKER" report --no-source --db="$db" "${cfg[@]}" 2>/dev/null |
			grep -E ': (warning|note): ' | sort) \
		<(grep -E ': (warning|note): ' "$full" | sort); then
		fail "$sub: findings with every kernel-header body parsed differ from the skipping run (diff above; a body header-inlines.json misses?)"
	fi
	printf 'full parse: %s findings and notes identical (%s s)\n' \
		"$(grep -cE ': (warning|note): ' "$full")" "$((SECONDS - t0))"
}

# driver_triples SUB DIR: report --format=tsv lines as "driver file function rule", with the
# file relative to the driver directory, sorted: the form of the expectations file.
driver_triples() {
	awk -F '\t' -v drv="$1" -v dir="$2/" '{
		file = $2
		if (index(file, dir) == 1) file = substr(file, length(dir) + 1)
		printf "%s\t%s\t%s\t%s\n", drv, file, $5, $1
	}' | sort -u
}

for entry in "${drivers[@]}"; do
	check_driver "${entry%%:*}" "${entry##*:}"
done

# spot_check_vc4: the one file of a display driver whose answer the CI pins (issue 12): in
# vc4_crtc.c, vc4_crtc_config_pv's textbook guard sits in a 1,100-block function full of
# compile-time asserts; the flow analysis once lost the guard there and reported both a leak
# and an unbalanced exit. One object, checked through a store (the module is incomplete, so the
# function-scope rules answer): no finding in it, nothing unanalysed, and the store holds it.
spot_check_vc4() {
	local spot=$SCRATCH/spot t0=$SECONDS
	local dir=$spot/gpu/drm/vc4 db=$spot/vc4.db log=$spot/vc4-crtc.log rc=0
	bs_say "vc4_crtc.c alone (the guard in vc4_crtc_config_pv)"
	bs_extract "$spot" gpu/drm/vc4
	bs_trace_include "$spot" "$dir"
	make -C "$KDIR" M="$dir" KBUILD_MODPOST_WARN=1 "${BS_TRACE_CFLAGS[@]}" \
		CONFIG_DRM_VC4=m C=1 CHECK="$CHECKER" CF="--db=$db" vc4_crtc.o >"$log" 2>&1 || rc=$?
	cat "$log" >>"$all_findings"
	if [ "$rc" -ne 0 ]; then
		fail "gpu/drm/vc4: vc4_crtc.o did not build and check (exit $rc; $log)"
	elif grep -E "$FAILURE_RE" "$log"; then
		fail "gpu/drm/vc4: vc4_crtc.c went unanalysed or the checker failed (lines above)"
	elif grep -E "warning: .*'vc4_crtc_config_pv'" "$log"; then
		fail "gpu/drm/vc4: a finding in vc4_crtc_config_pv (lines above)"
	elif ! /usr/bin/python3 -c 'import sqlite3, sys
n = sqlite3.connect(sys.argv[1]).execute(
	"select count(*) from functions where name = ?", ("vc4_crtc_config_pv",)).fetchone()[0]
sys.exit(0 if n == 1 else 1)' "$db"; then
		fail "gpu/drm/vc4: the store does not hold vc4_crtc_config_pv: it was not checked"
	else
		checked+=("gpu/drm/vc4: vc4_crtc.c alone, vc4_crtc_config_pv silent ($((SECONDS - t0)) s)")
	fi
}
case " ${BOUNDSCOPE_REALKERNEL_DRIVERS:-} " in
"  " | " all ") spot_check_vc4 ;;
esac

# fix_check_panthor: `report --fix` on a real driver. The patch applies to a fresh copy of the
# sources, the patched driver builds and checks, and what it still reports is exactly the
# findings the fix refused (each named with its reason): every fixed finding is gone and no
# new one appeared.
fix_check_panthor() {
	local spot=$SCRATCH/fixspot db=$SCRATCH/panthor.db t0=$SECONDS rc=0
	local patch=$SCRATCH/panthor-fix.diff err=$SCRATCH/panthor-fix.err
	local dir=$spot/gpu/drm/panthor pdb=$spot/panthor.db log=$spot/check.log
	local cfg=("--config=$BS_ROOT/testsuite/realkernel/configs/panthor.json")
	[ -f "$db" ] || return 0
	printf '\n'
	bs_say "gpu/drm/panthor: report --fix, the patch applied and the driver checked again"
	(cd "$SCRATCH" && "$CHECKER" report --db="$db" "${cfg[@]}" --fix >"$patch" 2>"$err") || rc=$?
	if [ "$rc" -ne 0 ] && [ "$rc" -ne 2 ]; then
		fail "gpu/drm/panthor: report --fix failed (exit $rc; $err)"
		return 0
	fi
	if grep -v -E '^boundscope: error: fix: .*: no fix for ' "$err"; then
		fail "gpu/drm/panthor: report --fix printed other errors than refused fixes (above)"
		return 0
	fi
	if [ ! -s "$patch" ]; then
		fail "gpu/drm/panthor: report --fix made no patch"
		return 0
	fi
	bs_extract "$spot" gpu/drm/panthor
	if ! (cd "$spot" && patch -p1 --quiet --no-backup-if-mismatch <"$patch"); then
		fail "gpu/drm/panthor: the fix patch does not apply ($patch)"
		return 0
	fi
	rc=0
	make -C "$KDIR" M="$dir" KBUILD_MODPOST_WARN=1 -j"$BS_JOBS" CONFIG_DRM_PANTHOR=m C=2 \
		CHECK="$CHECKER" CF="--db=$pdb ${cfg[*]}" modules >"$log" 2>&1 || rc=$?
	if [ "$rc" -ne 0 ] || grep -E "$FAILURE_RE" "$log"; then
		fail "gpu/drm/panthor: the patched driver did not build and check (exit $rc; $log)"
		return 0
	fi
	# the functions the rules with a fix still report, and those whose fix was refused
	local left refused
	rc=0
	"$CHECKER" report --db="$pdb" "${cfg[@]}" --format=tsv >"$spot/report.tsv" 2>&1 || rc=$?
	if [ "$rc" -gt 1 ]; then
		fail "gpu/drm/panthor: report on the patched driver failed (exit $rc; $spot/report.tsv)"
		return 0
	fi
	left=$(awk -F '\t' '$1 == "unguarded-access" || $1 == "guard-leak" { print $5 }' \
		"$spot/report.tsv" | sort -u)
	refused=$(sed -n -E "s/.*: no fix for [a-z-]+ in '([^']+)'.*/\1/p" "$err" | sort -u)
	if [ "$left" != "$refused" ]; then
		fail "gpu/drm/panthor: after the fix, reported: [${left//$'\n'/ }]; refused: [${refused//$'\n'/ }]"
		return 0
	fi
	checked+=("gpu/drm/panthor: report --fix: $(grep -c '^+++ ' "$patch") file(s) patched, $(printf '%s\n' "$refused" | grep -c .) finding(s) refused with a reason, the rest gone ($((SECONDS - t0)) s)")
}
if [ -f "$SCRATCH/panthor.db" ] && printf '%s\n' "${drivers[@]%%:*}" | grep -qx gpu/drm/panthor; then
	fix_check_panthor
fi

# The expectations of the drivers this run selected (a skipped one keeps its rows, so a driver
# that stops building fails the comparison).
selected=$SCRATCH/selected-drivers.txt
printf '%s\n' "${drivers[@]%%:*}" >"$selected"
expected_here() {
	awk -F '\t' 'NR == FNR { sel[$1] = 1; next } ($1 in sel)' "$selected" "$EXPECTED"
}

printf '\n'
bs_say "whole-driver findings against $EXPECTED (${#drivers[@]} drivers)"
sort -u -o "$whole" "$whole"
if [ "${BOUNDSCOPE_UPDATE_EXPECTATIONS:-0}" = 1 ]; then
	# replace the selected drivers' rows, keep the others'
	awk -F '\t' 'NR == FNR { sel[$1] = 1; next } !($1 in sel)' "$selected" "$EXPECTED" |
		cat - "$whole" | LC_ALL=C sort -u >"$SCRATCH/expected.new"
	cp "$SCRATCH/expected.new" "$EXPECTED"
	printf 'rewrote %s\n' "$EXPECTED"
elif ! diff -u <(expected_here | LC_ALL=C sort -u) <(LC_ALL=C sort -u "$whole"); then
	fail "whole-driver findings differ from $EXPECTED for the drivers checked (diff above; triage new ones in docs/real-drivers.md)"
fi

printf '\n'
bs_say "summary"
printf 'checked: %s\n' "${checked[@]:-none}"
if [ "${#skipped[@]}" -gt 0 ]; then
	printf 'skipped: %s\n' "${skipped[@]}"
fi
bs_rule_counts "$all_findings"
if [ "${#failures[@]}" -gt 0 ]; then
	printf 'FAILED: %s\n' "${failures[@]}"
	exit 1
fi
printf 'real-kernel test passed\n'
