#!/bin/sh
# Checks every .c file of a module directory the way kbuild's C=2 runs boundscope: with the
# module's name (-DKBUILD_MODNAME) and the object's dependency file (-Wp,-MMD), so that the
# default store $KBUILD_EXTMOD/.boundscope.db is used. Each file's output (stderr) goes to
# DIR/<file>.log and is printed in file order. With "manifest", first writes kbuild's module
# manifest DIR/MODULE.mod listing the objects, as kbuild does while it builds the module (from the Makefile, not the objects).
# usage: kbuild.sh BOUNDSCOPE KINC DIR MODULE [manifest] [extra flags...]
set -u
bs=$1 kinc=$2 dir=$3 module=$4
shift 4
if [ "${1:-}" = manifest ]; then
	shift
	for f in "$dir"/*.c; do
		printf '%s\n' "${f%.c}.o"
	done > "$dir/$module.mod"
fi
status=0
for f in "$dir"/*.c; do
	base=$(basename "$f" .c)
	KBUILD_EXTMOD=$dir "$bs" -nostdinc -isystem "$kinc" -Wp,-MMD,"$dir/.$base.o.d" \
		"-DKBUILD_MODNAME=\"$module\"" "$@" "$f" 2> "$dir/$base.log" || status=$?
	cat "$dir/$base.log"
done
exit $status
