#!/usr/bin/env bash
# Benchmark: the cost of boundscope as kbuild's checker against clang-19 -fsyntax-only and
# sparse on the same files with the same flags (kbuild's own command lines, recorded from a
# C=2 build). Usage: bench/bench-driver.sh [directory under drivers/, default gpu/drm/panthor]
# [CONFIG_ name, default CONFIG_DRM_PANTHOR]. Needs hyperfine and sparse (apt-get install).
# A benchmark, not a test: it prints hyperfine's table and never fails on the figures.
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
cd "$BS_ROOT"

rel=${1:-gpu/drm/panthor}
config=${2:-CONFIG_DRM_PANTHOR}
for tool in hyperfine sparse bear; do
	command -v "$tool" >/dev/null || bs_die "$tool is missing: apt-get install $tool"
done
BS=${BOUNDSCOPE:-$BS_ROOT/build/bin/boundscope}
[ -x "$BS" ] || bs_die "build first: bash scripts/build.sh"

work=${TMPDIR:-/tmp}/boundscope-bench
rm -rf "$work"
mkdir -p "$work"
bs_extract "$work/src" "$rel"
src=$work/src/$rel
[ -d "$src" ] || bs_die "no drivers/$rel in the kernel tarball"
hdr=$(bs_headers_dir)

# Record kbuild's checker command line for every file: $(CHECK) $(CHECKFLAGS) $(c_flags) $<.
cat > "$work/record" <<'REC'
#!/bin/sh
printf '%s\n' "$*" >> "$BENCH_LINES"
REC
chmod +x "$work/record"
BENCH_LINES="$work/lines" make -s -C "$hdr" M="$src" "$config=m" KBUILD_MODPOST_WARN=1 \
	C=2 CHECK="$work/record" modules >/dev/null

# The clang baseline is exactly what boundscope runs, minus the plugin (boundscope -v).
: > "$work/clang.sh"
: > "$work/boundscope.sh"
: > "$work/sparse.sh"
while IFS= read -r line; do
	# shellcheck disable=SC2086
	cmd=$(cd "$hdr" && "$BS" -v $line 2>&1 >/dev/null |
		sed -n 's/^boundscope: running: //p' | head -n 1)
	printf '%s\n' "$cmd" | sed -e 's/-Xclang -load -Xclang [^ ]* //' \
		-e 's/-Xclang -plugin -Xclang boundscope //' \
		-e 's/-Xclang -plugin-arg-boundscope -Xclang [^ ]* //g' >> "$work/clang.sh"
	printf '%s %s >/dev/null 2>&1\n' "$BS" "$line" >> "$work/boundscope.sh"
	printf 'sparse %s >/dev/null 2>&1\n' "$line" >> "$work/sparse.sh"
done < "$work/lines"
sed -i 's/$/ >\/dev\/null 2>\&1/' "$work/clang.sh"
files=$(wc -l < "$work/lines")
printf '%s: %s files\n' "$rel" "$files"

# The whole-driver run reads a compilation database of the same build.
make -s -C "$hdr" M="$src" clean >/dev/null
bear --output "$src/compile_commands.json" -- make -s -C "$hdr" M="$src" "$config=m" \
	KBUILD_MODPOST_WARN=1 modules >/dev/null 2>&1

cd "$hdr"
hyperfine --warmup 1 --runs "${BENCH_RUNS:-5}" --export-markdown "$work/results.md" \
	-n "clang-19 -fsyntax-only" "bash $work/clang.sh" \
	-n "boundscope (kbuild CHECK)" "bash $work/boundscope.sh" \
	-n "boundscope check -p (whole driver, -j 1)" \
	"$BS check -p $src -j 1 >/dev/null 2>&1 || true" \
	-n "sparse" "bash $work/sparse.sh"
cat "$work/results.md"
