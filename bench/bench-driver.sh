#!/usr/bin/env bash
# Benchmark: boundscope as kbuild's checker against the clang-19 -fsyntax-only floor (the same
# command boundscope runs, minus the plugin: a full parse with kbuild's flags) and sparse, on
# the same files with kbuild's own command lines (recorded from a C=2 build).
# Usage: bench/bench-driver.sh [DIR:CONFIG[:TREE] ...] (drivers/ subdirectory, its CONFIG_
# symbol and, if the driver needs more of the tree, the subdirectory to extract, e.g.
# gpu/drm/amd/amdgpu:CONFIG_DRM_AMDGPU:gpu/drm/amd; default gpu/drm/panthor:CONFIG_DRM_PANTHOR). Environment: BENCH_ROUNDS (paired rounds,
# default 5), BENCH_FULL=1 adds boundscope --no-skip-bodies, BENCH_SAMPLE=N times every Nth
# file only (name order; for amdgpu's ~860 files), BENCH_REUSE=1 keeps the sources and the
# recorded command lines of the last run. Needs hyperfine, sparse, jq.
# Each round runs every command once, back to back (hyperfine --runs 1 per round), so that
# load from other jobs hits all of them alike; the ratios are medians over the rounds of each
# round's own ratio. A benchmark, not a test: it prints the figures and never fails on them.
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
cd "$BS_ROOT"

specs=("$@")
[ "${#specs[@]}" -gt 0 ] || specs=(gpu/drm/panthor:CONFIG_DRM_PANTHOR)
for tool in hyperfine sparse jq; do
	command -v "$tool" >/dev/null || bs_die "$tool is missing: apt-get install $tool"
done
BS=${BOUNDSCOPE:-$BS_ROOT/build/bin/boundscope}
[ -x "$BS" ] || bs_die "build first: bash scripts/build.sh"
ROUNDS=${BENCH_ROUNDS:-5}
hdr=$(bs_headers_dir)
work=${TMPDIR:-/tmp}/boundscope-bench
rels=()
for spec in "${specs[@]}"; do
	IFS=: read -r rel _ tree <<<"$spec"
	rels+=("${tree:-$rel}")
done
# BENCH_REUSE=1: keep the sources and recordings of an earlier run (a large driver's recording
# build takes longer than its rounds)
if [ "${BENCH_REUSE:-0}" != 1 ]; then
	rm -rf "$work"
	mkdir -p "$work"
	bs_extract "$work/src" "${rels[@]}"
fi

# prepare REL CONFIG OUT: the per-tool scripts for one driver, in OUT.
prepare() {
	local rel=$1 config=$2 out=$3 src=$work/src/$1 line cmd
	[ -d "$src" ] || bs_die "no drivers/$rel in the kernel tarball"
	mkdir -p "$out"
	# kbuild's checker command line for every file: $(CHECK) $(CHECKFLAGS) $(c_flags) $<.
	if [ "${BENCH_REUSE:-0}" != 1 ] || [ ! -s "$out/lines.recorded" ]; then
		printf '#!/bin/sh\nprintf "%%s\\n" "$*" >> "%s/lines.recorded"\n' "$out" >"$out/record"
		chmod +x "$out/record"
		: >"$out/lines.recorded"
		bs_trace_include "$work/src" "$src"
		nice make -s -C "$hdr" M="$src" "$config=m" KBUILD_MODPOST_WARN=1 -j"$BS_JOBS" C=2 \
			"${BS_TRACE_CFLAGS[@]}" \
			CHECK="$out/record" modules >"$out/build.log" 2>&1 ||
			bs_die "drivers/$rel does not build out of tree (see $out/build.log)"
	fi
	# BENCH_SAMPLE=N: every Nth file (in name order) of a large driver, so that rounds fit
	sort "$out/lines.recorded" | awk -v n="${BENCH_SAMPLE:-1}" 'NR % n == 1 % n' >"$out/lines"
	: >"$out/floor.sh"
	: >"$out/floor-thp.sh"
	: >"$out/boundscope.sh"
	: >"$out/full.sh"
	: >"$out/sparse.sh"
	while IFS= read -r line; do
		# the floor is exactly what boundscope runs, minus the plugin (boundscope -v)
		# shellcheck disable=SC2086
		# (sed reads to the end: a reader that stops early would kill the writer with
		# SIGPIPE, and pipefail the script)
		cmd=$(cd "$hdr" && "$BS" --no-db -v $line 2>&1 >/dev/null |
			sed -n '0,/^boundscope: running: /s/^boundscope: running: //p')
		printf '%s >/dev/null 2>&1\n' "$cmd" | sed -e 's/-Xclang -load -Xclang [^ ]* //' \
			-e 's/-Xclang -plugin -Xclang boundscope //' \
			-e 's/-Xclang -plugin-arg-boundscope -Xclang [^ ]* //g' >>"$out/floor.sh"
		# the floor with the malloc tunable boundscope gives the clang it runs (spawn.c)
		printf 'env GLIBC_TUNABLES=glibc.malloc.hugetlb=1 %s\n' "$(tail -n 1 "$out/floor.sh")" \
			>>"$out/floor-thp.sh"
		printf '%s --no-db %s >/dev/null 2>&1\n' "$BS" "$line" >>"$out/boundscope.sh"
		printf '%s --no-db --no-skip-bodies %s >/dev/null 2>&1\n' "$BS" "$line" >>"$out/full.sh"
		printf 'sparse %s >/dev/null 2>&1\n' "$line" >>"$out/sparse.sh"
	done <"$out/lines"
	printf '%s: %s files%s\n' "$rel" "$(wc -l <"$out/lines")" \
		"$( [ "${BENCH_SAMPLE:-1}" -gt 1 ] && printf ' (every %sth in name order)' "$BENCH_SAMPLE")"
}

# peak KB: the largest resident set of one file's check, for SCRIPT's commands.
peak() {
	local max=0 kb line
	while IFS= read -r line; do
		kb=$( (cd "$hdr" && /usr/bin/time -f '%M' sh -c "${line% >/dev/null 2>&1}" \
			>/dev/null 2>"$work/time.err") ; tail -n 1 "$work/time.err")
		[[ "$kb" =~ ^[0-9]+$ ]] && [ "$kb" -gt "$max" ] && max=$kb
	done <"$1"
	printf '%s' "$max"
}

for spec in "${specs[@]}"; do
	rel=${spec%%:*}
	out=$work/${rel//\//_}
	IFS=: read -r _ config _ <<<"$spec"
	prepare "$rel" "$config" "$out"
	names=(floor floor-thp boundscope sparse)
	[ "${BENCH_FULL:-0}" = 1 ] && names+=(full)
	args=()
	for n in "${names[@]}"; do
		args+=(-n "$n" "bash $out/$n.sh")
	done
	(cd "$hdr" && for n in "${names[@]}"; do bash "$out/$n.sh"; done)	# warm the caches
	for ((r = 1; r <= ROUNDS; r++)); do
		(cd "$hdr" && hyperfine -N --runs 1 --style none --export-json "$out/round-$r.json" \
			"${args[@]}" >/dev/null 2>&1)
	done
	printf '\n%s, %s paired rounds (load average: %s)\n' "$rel" "$ROUNDS" \
		"$(cut -d' ' -f1-3 /proc/loadavg)"
	jq -s -r '
		def median: sort | if length % 2 == 1 then .[length / 2 | floor]
			else (.[length / 2 - 1] + .[length / 2]) / 2 end;
		def t($r; $n): $r.results[] | select(.command == $n) | .times[0];
		. as $rounds
		| ($rounds[0].results | map(.command)) as $names
		| ($names[] | . as $n | "  \($n | .+"          " | .[0:11]) median \([$rounds[] | t(.; $n)] | median * 1000 | round / 1000) s"),
		  "  boundscope / floor:  \([$rounds[] | t(.; "boundscope") / t(.; "floor")] | median * 100 | round / 100)",
		  "  boundscope / floor-thp: \([$rounds[] | t(.; "boundscope") / t(.; "floor-thp")] | median * 100 | round / 100)",
		  "  boundscope / sparse: \([$rounds[] | t(.; "boundscope") / t(.; "sparse")] | median * 100 | round / 100)",
		  (if ($names | index("full")) then "  full / floor:        \([$rounds[] | t(.; "full") / t(.; "floor")] | median * 100 | round / 100)" else empty end)
	' "$out"/round-*.json
	printf '  peak RSS of one file: floor %s KB, boundscope %s KB, sparse %s KB\n' \
		"$(peak "$out/floor.sh")" "$(peak "$out/boundscope.sh")" "$(peak "$out/sparse.sh")"
done
