#!/bin/sh
# Many checks writing one store at once, as `make -j C=2 CF=--db=...` does: 12 distinct files
# and 6 checks of one same file, all in parallel. Exits non-zero if any check failed.
# usage: concurrent.sh BOUNDSCOPE KINC INPUTS SCRATCH
set -u
bs=$1 kinc=$2 inputs=$3 scratch=$4
cp "$inputs/drv.h" "$scratch/"
# an empty file, as check -p hands its jobs: all of them then race to set up the database
: > "$scratch/store.db"
pids=""
for i in 1 2 3 4 5 6 7 8 9 10 11 12; do
	cp "$inputs/drv_hw.c" "$scratch/hw$i.c"
done
for i in 1 2 3 4 5 6 7 8 9 10 11 12; do
	"$bs" -nostdinc -isystem "$kinc" --db="$scratch/store.db" "$scratch/hw$i.c" &
	pids="$pids $!"
	"$bs" -nostdinc -isystem "$kinc" --db="$scratch/store.db" "$inputs/drv_main.c" &
	pids="$pids $!"
done
status=0
for p in $pids; do
	wait "$p" || status=1
done
exit $status
