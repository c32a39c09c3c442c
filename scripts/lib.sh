# shellcheck shell=bash
# Helpers shared by boundscope's scripts and testsuite/realkernel/run.sh. Sourced, never run.
#
# Everything here works from a fresh Debian 12 machine after scripts/deps.sh: the kernel
# source comes from Debian's linux-source-6.12 tarball, extracted into a scratch directory
# (never into the repository), and modules are built against Debian's linux-headers package.

BS_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BS_KERNEL_TARBALL=${BS_KERNEL_TARBALL:-/usr/src/linux-source-6.12.tar.xz}
BS_KERNEL_TOPDIR=linux-source-6.12
BS_HEADERS_PATTERN='linux-headers-6.12.*+deb12-amd64'
BS_JOBS=${BS_JOBS:-2}

bs_say() { printf '==> %s\n' "$*"; }
bs_die() { printf 'boundscope scripts: error: %s\n' "$*" >&2; exit 1; }

# Under `set -e` a failing command ends the script; say which one and where, so that no
# script of ours ever exits non-zero in silence. Call once, after sourcing this file.
# errtrace carries the trap into functions; it also reaches command substitutions and other
# subshells, where a failure is the parent's to report (the assignment or pipeline that
# failed), or none at all when the parent handles it: only the main shell reports.
bs_trap_errors() {
	set -o errtrace
	trap 'bs__on_err $? "$BASH_COMMAND" "${BASH_SOURCE[0]}" "$LINENO" "$BASH_SUBSHELL"' ERR
}
bs__on_err() {
	local file=$3
	[ "$5" -eq 0 ] || return 0
	# The script's path relative to the repository, however it was invoked.
	file=$(cd "$(dirname "$file")" 2>/dev/null && pwd)/${file##*/} || file=$3
	printf 'boundscope scripts: error: %s:%s: command failed (exit %s): %s\n' \
		"${file#"$BS_ROOT"/}" "$4" "$1" "$2" >&2
}

# bs_dpkg_query ARGS...: dpkg-query ARGS for one package or pattern, where "no such package"
# (exit status 1, as for every package on a fresh machine) is an empty answer and success. Any
# other failure (a broken dpkg database, no dpkg-query at all) ends the script with dpkg-query's
# message.
bs_dpkg_query() {
	local out rc=0
	out=$(dpkg-query "$@" 2>&1) || rc=$?
	case $rc in
	0) printf '%s\n' "$out" ;;
	1) ;;
	*)
		printf '%s\n' "$out" >&2
		bs_die "dpkg-query $* failed (exit $rc)"
		;;
	esac
}

# bs_pkg_installed PKG: true if dpkg has PKG fully installed.
bs_pkg_installed() {
	local status
	# shellcheck disable=SC2016 # dpkg-query's format fields
	status=$(bs_dpkg_query -W -f='${Status}' "$1") || exit 1
	[ "$status" = "install ok installed" ]
}

# The installed linux-headers-6.12.*+deb12-amd64 packages, oldest first; nothing (and success)
# on a machine that has none.
bs_installed_headers_pkgs() {
	local list
	# shellcheck disable=SC2016 # dpkg-query's format fields
	list=$(bs_dpkg_query -W -f='${Status} ${Package}\n' "$BS_HEADERS_PATTERN") || exit 1
	printf '%s\n' "$list" | awk '$1 == "install" && $3 == "installed" { print $4 }' | sort -V
}

# The kbuild directory of the newest installed 6.12 headers package (or $BOUNDSCOPE_KDIR).
bs_headers_dir() {
	local pkg dir
	if [ -n "${BOUNDSCOPE_KDIR:-}" ]; then
		printf '%s\n' "$BOUNDSCOPE_KDIR"
		return 0
	fi
	pkg=$(bs_installed_headers_pkgs | tail -n 1) || exit 1
	if [ -n "$pkg" ]; then
		# The package's top directory, /usr/src/linux-headers-<version>. Not anchored at the
		# start: testsuite/scripts/deps.test installs into a scratch root through its shims.
		dir=$(dpkg -L "$pkg" | grep -m 1 -E '/usr/src/linux-headers-[^/]+$' || true)
	else
		# shellcheck disable=SC2012 # version-sorted names, no odd characters
		dir=$(ls -d /usr/src/linux-headers-6.12.*+deb12-amd64 2>/dev/null | sort -V | tail -n 1)
	fi
	if [ -n "$pkg" ] && { [ -z "$dir" ] || [ ! -f "$dir/Makefile" ]; }; then
		bs_die "$pkg is installed, but dpkg -L $pkg shows no /usr/src/linux-headers-* with a Makefile"
	fi
	if [ -z "$dir" ] || [ ! -f "$dir/Makefile" ]; then
		bs_die "no linux-headers-6.12.*+deb12-amd64 installed; run scripts/deps.sh"
	fi
	printf '%s\n' "$dir"
}

# bs_extract SCRATCH SUBDIR...: extract drivers/<SUBDIR> of the kernel tarball into
# SCRATCH/<SUBDIR> (SCRATCH is emptied first). Subdirectories the tarball lacks are simply
# absent afterwards; callers check.
bs_extract() {
	local scratch=$1 sub rc=0 err
	shift
	local patterns=()
	for sub in "$@"; do
		patterns+=("$BS_KERNEL_TOPDIR/drivers/$sub/*")
	done
	[ -f "$BS_KERNEL_TARBALL" ] || bs_die "$BS_KERNEL_TARBALL missing; run scripts/deps.sh"
	rm -rf "$scratch"
	mkdir -p "$scratch"
	err=$(tar -xJf "$BS_KERNEL_TARBALL" -C "$scratch" --strip-components=2 \
		--wildcards "${patterns[@]}" 2>&1) || rc=$?
	# A driver missing from this kernel is not an error here ("Not found in archive").
	if [ "$rc" -ne 0 ] && printf '%s\n' "$err" | grep -v -e 'Not found in archive' \
		-e 'Exiting with failure status' | grep -q .; then
		printf '%s\n' "$err" >&2
		bs_die "extracting from $BS_KERNEL_TARBALL failed"
	fi
}

# bs_trace_include SCRATCH DIR: tracepoint headers name their directory relative to the
# kernel source tree (TRACE_INCLUDE_PATH ../../drivers/gpu/drm/vc4), which define_trace.h
# resolves against the headers package, where drivers/ is absent. An include directory two
# levels below a "drivers" link to SCRATCH (where drivers/ was extracted) resolves it; sets
# BS_TRACE_CFLAGS to the make argument that adds it (empty when DIR has no such header).
BS_TRACE_CFLAGS=()
bs_trace_include() {
	local scratch=$1 dir=$2
	if grep -rqs -E 'define TRACE_INCLUDE_PATH \.\./\.\./drivers/' "$dir"; then
		mkdir -p "$scratch/.trace/include/trace"
		ln -sfn "$scratch" "$scratch/.trace/drivers"
		BS_TRACE_CFLAGS=("KCFLAGS=-I$scratch/.trace/include/trace")
	else
		BS_TRACE_CFLAGS=()
	fi
}

# The absolute path of the built command, or die.
bs_checker() {
	local bin=$BS_ROOT/build/bin/boundscope
	[ -x "$bin" ] || bs_die "$bin not built; run scripts/build.sh"
	printf '%s\n' "$bin"
}

# bs_rule_counts FILE: one line per rule with the number of findings in FILE.
bs_rule_counts() {
	local n
	n=$(grep -c -E '\[boundscope-[a-z-]+\]' "$1" || true)
	printf 'findings: %s\n' "$n"
	grep -o -E '\[boundscope-[a-z-]+\]' "$1" | sort | uniq -c |
		awk '{ gsub(/[][]/, "", $2); printf "  %-32s %s\n", $2, $1 }' || true
}

# bs_diagnostics FILE: the kbuild log without kbuild's progress lines (what the checker and
# the compiler said).
bs_diagnostics() {
	grep -v -E '^  (CC|CC \[M\]|LD|LD \[M\]|AR|CHECK|MODPOST|BTF \[M\]|MKDIR|CLEAN) |^make(\[[0-9]+\])?: (Entering|Leaving) directory|^Skipping BTF|^WARNING: modpost: ' \
		"$1" || true
}
