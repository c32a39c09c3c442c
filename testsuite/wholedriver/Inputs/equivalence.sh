#!/bin/sh
# For every test file given, the findings of a single-file check (clang's diagnostics from the
# plugin) must equal those of a whole-driver report over a store holding only that file.
# usage: equivalence.sh BOUNDSCOPE KINC SCRATCH FILE...
set -u
bs=$1 kinc=$2 scratch=$3
shift 3
status=0
n=0
for f in "$@"; do
	n=$((n + 1))
	rm -f "$scratch/eq.db" "$scratch/eq.db-wal" "$scratch/eq.db-shm"
	"$bs" -nostdinc -isystem "$kinc" -fno-caret-diagnostics --no-db "$f" 2>&1 |
		grep -E ': (warning|note): ' > "$scratch/single.txt"
	"$bs" -nostdinc -isystem "$kinc" --db="$scratch/eq.db" --store-only "$f" 2>/dev/null
	"$bs" report --no-source --db="$scratch/eq.db" > "$scratch/whole.txt" 2>/dev/null
	if ! diff -u "$scratch/single.txt" "$scratch/whole.txt"; then
		echo "DIFFERENT: $f"
		status=1
	fi
done
echo "compared $n files"
exit $status
