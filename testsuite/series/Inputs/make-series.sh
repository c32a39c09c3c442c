#!/bin/sh
# Builds the series under review: a git repository in $2 whose commits are the patch
# directories p0 (the base) .. p6 of $1, each holding the files it changes and its message,
# with deterministic dates; and an untracked compile_commands.json with absolute paths.
# Usage: make-series.sh INPUTS DIR KERNEL_INCLUDE
set -e
in=$1 dir=$2 kinc=$3
mkdir -p "$dir"
cd "$dir"
git init -q
git config user.name "A U Thor"
git config user.email author@example.com
git config commit.gpgsign false
n=0
for p in p0 p1 p2 p3 p4 p5 p6; do
	for f in "$in/$p"/*; do
		[ "$(basename "$f")" = msg ] || cp "$f" .
	done
	git add -A
	GIT_AUTHOR_DATE="2025-01-0$((n + 1))T12:00:00Z" GIT_COMMITTER_DATE="2025-01-0$((n + 1))T12:00:00Z" \
		git commit -q -F "$in/$p/msg"
	[ $n -eq 0 ] && git tag base
	n=$((n + 1))
done
cat > compile_commands.json <<JSON
[
{"directory": "$PWD", "file": "drv_main.c", "arguments": ["gcc", "-nostdinc", "-isystem", "$kinc", "-c", "-o", "drv_main.o", "drv_main.c"]},
{"directory": "$PWD", "file": "drv_hw.c", "arguments": ["gcc", "-nostdinc", "-isystem", "$kinc", "-c", "-o", "drv_hw.o", "drv_hw.c"]}
]
JSON
printf 'compile_commands.json\n*.o\n' > .git/info/exclude
