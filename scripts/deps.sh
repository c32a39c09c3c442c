#!/usr/bin/env bash
# Install everything boundscope needs to build, test, benchmark and run its demo, from Debian
# 12's archive by package name. Works from nothing (a debootstrap minbase): no step relies on a
# package before this script has installed it. Re-runs are fast: apt is skipped when all of it
# is installed. Every failure says what failed.
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bs_trap_errors

export DEBIAN_FRONTEND=noninteractive

# clang-19 and its development packages: the plugin must be built against the clang it is
# loaded into. llvm-19-tools brings lit and FileCheck for the test suite. linux-source-6.12
# and the 6.12 headers are for the real-kernel test and the demo; pahole is what kbuild runs
# to add BTF to modules built against Debian's headers (CONFIG_DEBUG_INFO_BTF_MODULES).
# coccinelle's Python scripting loads libpython3.11 at run time, and the package does not
# depend on it: without it every script with a python rule aborts. sparse and hyperfine are
# for bench/ (boundscope is measured against sparse).
PACKAGES=(
	build-essential cmake pkg-config make
	clang-19 libclang-19-dev llvm-19-dev llvm-19-tools libclang-rt-19-dev
	libjson-c-dev libsqlite3-dev
	python3 python3-jsonschema xz-utils
	linux-source-6.12 pahole
	sqlite3 bear coccinelle libpython3.11
	git diffutils ca-certificates
	sparse hyperfine
)

missing=()
for pkg in "${PACKAGES[@]}"; do
	bs_pkg_installed "$pkg" || missing+=("$pkg")
done
have_headers=$(bs_installed_headers_pkgs | tail -n 1)
uid=$(id -u)

# BOUNDSCOPE_FORCE_APT=1 goes through apt even so (to test this script, or to pick up newer
# headers).
if [ "${BOUNDSCOPE_FORCE_APT:-0}" = 1 ]; then
	missing=("${PACKAGES[@]}")
	have_headers=
fi

if [ "${#missing[@]}" -eq 0 ] && [ -n "$have_headers" ]; then
	bs_say "dependencies already installed"
else
	# apt-get as root: through sudo when not root. DEBIAN_FRONTEND is set through env, as
	# sudo does not pass the environment on.
	apt=(env DEBIAN_FRONTEND=noninteractive apt-get)
	if [ "$uid" -ne 0 ]; then
		command -v sudo >/dev/null ||
			bs_die "not root and no sudo: cannot install ${missing[*]:-} ${BS_HEADERS_PATTERN}"
		apt=(sudo "${apt[@]}")
	fi
	bs_say "${apt[*]} update"
	"${apt[@]}" update -q ||
		bs_die "apt-get update failed (exit $?; see its messages above: network, apt sources or sudo?)"
	install=("${missing[@]}")
	if [ -z "$have_headers" ]; then
		# The newest 6.12 headers the archive has now; the version moves with every stable
		# update, so it is resolved here rather than pinned.
		headers=$(apt-cache search --names-only '^linux-headers-6\.12\.[0-9]+\+deb12-amd64$' |
			awk '{ print $1 }' | sort -V | tail -n 1)
		[ -n "$headers" ] || bs_die "apt-cache finds no linux-headers-6.12.*+deb12-amd64 (are bookworm-security and bookworm-updates in the apt sources?)"
		install+=("$headers")
	fi
	bs_say "${apt[*]} install ${install[*]}"
	"${apt[@]}" install -y -q --no-install-recommends "${install[@]}" ||
		bs_die "apt-get install failed (exit $?) for: ${install[*]}"
fi

kdir=$(bs_headers_dir)
printf 'kernel headers: %s\n' "$kdir"
