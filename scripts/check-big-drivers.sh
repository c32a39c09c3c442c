#!/usr/bin/env bash
# The full large-driver run, outside CI: amdgpu, i915 and nouveau, one after the other, each
# through scripts/check-big-driver.sh (so each is compared with its
# testsuite/realkernel/expected-big/<name>.tsv). Exit 1 if any failed; all run regardless.
# About 60 to 90 minutes on two cores. BOUNDSCOPE_BIG_ONLY="i915 nouveau" runs just those;
# BOUNDSCOPE_BIG_DIR, if set, holds one directory per driver. Each driver's arguments are kept
# here only: `BOUNDSCOPE_BIG_ONLY=i915 bash scripts/check-big-drivers.sh` checks one.
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bs_trap_errors

[ $# -eq 0 ] || bs_die "usage: $0 (no arguments; BOUNDSCOPE_BIG_ONLY selects drivers)"
here=$(dirname "${BASH_SOURCE[0]}")

# name, then the arguments and environment check-big-driver.sh needs for it
declare -A args=(
	[amdgpu]="gpu/drm/amd/amdgpu CONFIG_DRM_AMDGPU gpu/drm/amd"
	[i915]="gpu/drm/i915 CONFIG_DRM_I915"
	[nouveau]="gpu/drm/nouveau CONFIG_DRM_NOUVEAU"
)
declare -A extract=([i915]="platform/x86")

read -r -a only <<<"${BOUNDSCOPE_BIG_ONLY:-amdgpu i915 nouveau}"
for name in "${only[@]}"; do	# all known before the first build
	[ -n "${args[$name]:-}" ] || bs_die "BOUNDSCOPE_BIG_ONLY: no large driver '$name' (amdgpu, i915, nouveau)"
done
failed=()
for name in "${only[@]}"; do
	read -r -a a <<<"${args[$name]}"
	bs_say "$name"
	BOUNDSCOPE_BIG_EXTRACT=${extract[$name]:-} BOUNDSCOPE_BIG_DIR=${BOUNDSCOPE_BIG_DIR:+$BOUNDSCOPE_BIG_DIR/$name} \
		bash "$here/check-big-driver.sh" "${a[@]}" || failed+=("$name")
done
[ ${#failed[@]} -eq 0 ] || bs_die "large drivers that failed: ${failed[*]}"
bs_say "every large driver as expected"
