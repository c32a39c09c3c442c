#!/usr/bin/env bash
# Check one large driver of Debian's linux-source-6.12 (amdgpu, nouveau, i915, ...) as kbuild's
# checker, once, print its whole-driver figures (the findings by rule and by entry kind, what
# was analysed (--stats), the lines of C checked) and compare its findings with
# testsuite/realkernel/expected-big/<name>.tsv: one row per file (below drivers/), function and
# rule, each triaged in docs/real-drivers.md and docs/triage/<name>.tsv. Exit 1 when they
# differ. Outside CI: one run takes 15-40 minutes on two cores (docs/real-drivers.md, "Large
# drivers").
#
#   bash scripts/check-big-driver.sh gpu/drm/amd/amdgpu CONFIG_DRM_AMDGPU gpu/drm/amd
#
# Arguments: the module directory below drivers/, the Kconfig option that builds it, and the
# directory to extract (a parent, when the module's Makefile reaches sources outside its own
# directory, as amdgpu's does into display/, pm/ and amdkfd/; default: the module directory).
# The driver's project configuration in testsuite/realkernel/configs/<name>.json, if any, is
# used as in the real-kernel test. Output in $BOUNDSCOPE_BIG_DIR (default $TMPDIR/boundscope-big/<name>): build.log, <name>.db,
# findings.tsv, report.txt, stats.txt. Environment: BOUNDSCOPE_CHECK, BS_JOBS, and
# BOUNDSCOPE_BIG_MAKE_ARGS: more make arguments, e.g. "CONFIG_DRM_XE_DISPLAY=" to build xe
# without the i915 display sources it takes from $(srctree), which the headers package lacks;
# BOUNDSCOPE_BIG_INCLUDES: directories below the extracted drivers/ to add to the include path
# (xe includes i915's soc/ and display/ headers: "gpu/drm/i915 gpu/drm/i915/display");
# BOUNDSCOPE_BIG_EXTRACT: more directories below drivers/ to extract (i915's intel_rps.c
# includes ../../../platform/x86/intel_ips.h: "platform/x86"); BOUNDSCOPE_UPDATE_EXPECTATIONS=1
# rewrites the expectations from this run instead of comparing.
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bs_trap_errors

[ $# -ge 2 ] && [ $# -le 3 ] || bs_die "usage: $0 DRIVER_DIR CONFIG_OPTION [EXTRACT_DIR]"
rel=$1 config=$2 extract=${3:-$1}
[[ $rel == "$extract" || $rel == "$extract"/* ]] || bs_die "$rel is not below $extract"
[[ $config =~ ^CONFIG_[A-Za-z0-9_]+$ ]] || bs_die "not a Kconfig option: $config"
name=${rel##*/}
out=${BOUNDSCOPE_BIG_DIR:-${TMPDIR:-/tmp}/boundscope-big/$name}
checker=${BOUNDSCOPE_CHECK:-$(bs_checker)}
hdr=$(bs_headers_dir)

bs_say "extracting drivers/$extract into $out/src"
read -r -a more_dirs <<<"${BOUNDSCOPE_BIG_EXTRACT:-}"
bs_extract "$out/src" "$extract" "${more_dirs[@]}"
src=$out/src/$rel
# nouveau has a Kbuild file and no Makefile
[ -f "$src/Makefile" ] || [ -f "$src/Kbuild" ] ||
	bs_die "no drivers/$rel/Makefile or Kbuild in $BS_KERNEL_TARBALL"
bs_trace_include "$out/src" "$src"
db=$out/$name.db
rm -f "$db" "$db-wal" "$db-shm"

# the driver's project configuration, the one the real-kernel test uses (configs/<name>.json)
cf="--db=$db"
cfg_file=$BS_ROOT/testsuite/realkernel/configs/$name.json
if [ -f "$cfg_file" ]; then
	cf+=" --config=$cfg_file"
	printf 'project configuration: %s\n' "$cfg_file"
fi
bs_say "make C=2 CHECK=$checker CF=\"$cf\" $config=m ${BOUNDSCOPE_BIG_MAKE_ARGS:+$BOUNDSCOPE_BIG_MAKE_ARGS }(-k: every file, whatever fails)"
t0=$SECONDS
rc=0
read -r -a extra <<<"${BOUNDSCOPE_BIG_MAKE_ARGS:-}"
# one KCFLAGS: the tracepoint include and the extra include directories
kcflags=${BS_TRACE_CFLAGS[0]:-}
kcflags=${kcflags#KCFLAGS=}
for inc in ${BOUNDSCOPE_BIG_INCLUDES:-}; do
	[ -d "$out/src/$inc" ] || bs_die "BOUNDSCOPE_BIG_INCLUDES: no drivers/$inc extracted"
	kcflags+=" -I$out/src/$inc"
done
[ -z "$kcflags" ] || extra+=("KCFLAGS=${kcflags# }")
make -C "$hdr" M="$src" "$config=m" KBUILD_MODPOST_WARN=1 -k -j"$BS_JOBS" C=2 \
	"${extra[@]}" CHECK="$checker" CF="$cf" modules \
	>"$out/build.log" 2>&1 || rc=$?
printf 'checked build: exit %d in %d s (log: %s)\n' "$rc" $((SECONDS - t0)) "$out/build.log"

rc=0
read -r -a rcfg <<<"${cf#--db=$db}"
"$checker" report --db="$db" "${rcfg[@]}" --format=tsv >"$out/findings.tsv" 2>"$out/report.err" || rc=$?
"$checker" report --db="$db" "${rcfg[@]}" --no-source >"$out/report.txt" 2>/dev/null || true
"$checker" db stats --db="$db" "${rcfg[@]}" >"$out/stats.txt" 2>&1 || true
[ "$rc" -le 1 ] || { cat "$out/report.err" >&2; bs_die "boundscope report failed (exit $rc)"; }

bs_say "figures"
printf 'lines of C checked: %s\n' \
	"$(sqlite3 "$db" 'select path from units' | xargs cat | wc -l)"
printf 'findings: %s\n' "$(wc -l <"$out/findings.tsv")"
cut -f1 "$out/findings.tsv" | sort | uniq -c | sort -rn
printf 'findings by entry kind (unguarded-access):\n'
{ grep -oE "note: '[^']+' is an? [^,]+, registered here" "$out/report.txt" || true; } |
	sed -E "s/^note: '[^']+' is an? //; s/, registered here$//" | sort | uniq -c | sort -rn
tail -n 7 "$out/stats.txt"

# the findings against the driver's expectations: file below drivers/, function, rule
expect=$BS_ROOT/testsuite/realkernel/expected-big/$name.tsv
rows=$out/findings-rows.tsv
awk -F '\t' -v OFS='\t' -v root="$out/src/" \
	'{ f = $2; if (index(f, root) == 1) f = substr(f, length(root) + 1); print f, $5, $1 }' \
	"$out/findings.tsv" | LC_ALL=C sort -u >"$rows"
bs_say "findings against $expect"
if [ "${BOUNDSCOPE_UPDATE_EXPECTATIONS:-0}" = 1 ]; then
	mkdir -p "$(dirname "$expect")"
	cp "$rows" "$expect"
	printf 'rewrote %s (%s rows)\n' "$expect" "$(wc -l <"$rows")"
elif [ ! -f "$expect" ]; then
	printf 'no expectations for %s (BOUNDSCOPE_UPDATE_EXPECTATIONS=1 writes them)\n' "$name"
elif ! diff -u "$expect" "$rows"; then
	bs_die "the findings of $name differ from $expect (diff above; triage new ones in docs/real-drivers.md)"
else
	printf 'as expected: %s rows\n' "$(wc -l <"$rows")"
fi
