#!/usr/bin/env bash
# Check the README's quick start on a truly fresh Debian 12 machine: debootstrap a bookworm
# minbase into a scratch directory, give it this machine's /etc/hosts, /etc/resolv.conf and
# Debian apt sources (entries for *.debian.org only: other repositories this host may use are
# left out), mount /proc, /sys, /dev, /dev/pts and a tmpfs on /dev/shm (lit's worker pool needs
# POSIX semaphores, the ASan/TSan behaviour tests need /proc), install git, clone the
# repository's committed HEAD, and run the README's two commands in the clone as a new user
# would: `bash scripts/demo.sh`, then `bash scripts/test.sh`, from a login shell with nothing
# else set up. Reports both exit codes and wall times (the first command includes the apt
# install of every dependency and the first build), when each "==>" step of theirs began,
# whether the demo printed findings, and test.sh's "N passed, M failed" line. Exits 0 only if
# both commands exit 0 and the demo printed findings. The mounts are undone and the new root
# file system removed on exit, also on failure or interruption (a Ctrl-C while apt-get runs
# in the chroot can go unheeded, as apt and dpkg hold it off: send SIGTERM to the process
# group then).
#
# Not part of CI: it downloads about 1 GiB from Debian's mirrors and runs the full test suite
# (30-60 minutes on 2 cores). Needs root and network access to the Debian mirrors; debootstrap
# is installed with apt-get if missing.
#
#   scripts/fresh-machine-check.sh [options] [REPO]
#
#   REPO          a git repository (default: the one this script lives in); its committed HEAD
#                 is cloned, uncommitted changes are not
#   --dir DIR     scratch directory for the new root file system (default: a new directory
#                 under ${TMPDIR:-/tmp}); it must not exist or be empty
#   --as-user     run the README commands as a new non-root user with sudo rights (sudo is
#                 installed in the chroot for this), instead of as root
#   --keep        keep the root file system afterwards (it is removed by default)
#   --suite NAME  Debian suite (default bookworm)
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bs_trap_errors

usage() { sed -n '2,/^set -euo/{/^#/s/^# \{0,1\}//p}' "${BASH_SOURCE[0]}"; }

repo=$BS_ROOT
dir=
as_user=0
keep=0
suite=bookworm
while [ "$#" -gt 0 ]; do
	case $1 in
	--dir) [ "$#" -ge 2 ] || bs_die "--dir needs an argument"; dir=$2; shift ;;
	--dir=*) dir=${1#--dir=} ;;
	--as-user) as_user=1 ;;
	--keep) keep=1 ;;
	--suite) [ "$#" -ge 2 ] || bs_die "--suite needs an argument"; suite=$2; shift ;;
	--suite=*) suite=${1#--suite=} ;;
	-h | --help) usage; exit 0 ;;
	-*) bs_die "unknown option $1 (see --help)" ;;
	*) repo=$1 ;;
	esac
	shift
done

[ "$(id -u)" -eq 0 ] || bs_die "needs root (debootstrap, chroot, mount): run it with sudo"
git -C "$repo" rev-parse --verify -q HEAD >/dev/null ||
	bs_die "$repo is not a git repository with a commit"
repo=$(cd "$repo" && pwd)

if [ -z "$dir" ]; then
	dir=$(mktemp -d "${TMPDIR:-/tmp}/boundscope-fresh.XXXXXX")
else
	mkdir -p "$dir"
	[ -z "$(ls -A "$dir")" ] || bs_die "$dir is not empty"
fi
dir=$(cd "$dir" && pwd)
root=$dir/root
logs=$dir/logs
mkdir -p "$root" "$logs"

# --- clean-up: every mount undone, whatever happened --------------------------------------
mounts=()	# mount points, in the order they were mounted

# Processes still running inside the chroot (after Ctrl-C, say) would keep the mounts busy;
# they are ours: this script started them.
# shellcheck disable=SC2317 # called from the EXIT trap
kill_chroot_processes() {
	local p link pids=()
	for p in /proc/[0-9]*; do
		link=$(readlink "$p/root" 2>/dev/null) || continue
		case $link in "$root" | "$root"/*) pids+=("${p#/proc/}") ;; esac
	done
	[ "${#pids[@]}" -eq 0 ] && return 0
	bs_say "stopping processes still running in the chroot: ${pids[*]}"
	kill "${pids[@]}" 2>/dev/null || true
	sleep 2
	kill -KILL "${pids[@]}" 2>/dev/null || true
}

# shellcheck disable=SC2317 # called from the EXIT trap
is_mounted() { grep -q -F " $1 " /proc/self/mounts; }
# Every mount point under the new root, deepest first: ours, and any debootstrap left behind
# when it was interrupted.
# shellcheck disable=SC2317 # called from the EXIT trap
mounts_under_root() {
	awk -v root="$root" '$2 == root || index($2, root "/") == 1 { print $2 }' /proc/self/mounts |
		awk '{ print length($0) " " $0 }' | sort -rn | cut -d' ' -f2-
}

# shellcheck disable=SC2317 # the EXIT trap
cleanup() {
	local rc=$? i m left
	trap - ERR
	set +e
	kill_chroot_processes
	for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
		m=${mounts[i]}
		is_mounted "$m" || continue
		umount "$m" 2>/dev/null || umount -l "$m"
	done
	while read -r m; do
		[ -n "$m" ] || continue
		umount "$m" 2>/dev/null || umount -l "$m"
	done < <(mounts_under_root)
	# Never delete through a mount point still in place (it would empty the host's /dev).
	mapfile -t left < <(mounts_under_root)
	if [ "${#left[@]}" -gt 0 ]; then
		printf 'boundscope scripts: error: still mounted, %s kept: %s\n' "$root" "${left[*]}" >&2
		[ "$rc" -ne 0 ] || rc=1
	elif [ "$keep" = 1 ]; then
		bs_say "kept the root file system: $root (logs: $logs)"
	else
		rm -rf --one-file-system "$root"
		bs_say "removed $root (logs kept in $logs)"
	fi
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mount_in() {	# mount_in TARGET MOUNT-ARGS...: mount at $root/TARGET, remembered for clean-up
	local target=$root/$1
	shift
	mkdir -p "$target"
	mount "$@" "$target" || bs_die "mount $* $target failed"
	mounts+=("$target")
}

# in_chroot CMD...: run CMD as root in the new system with a clean login environment.
in_chroot() {
	chroot "$root" /usr/bin/env -i HOME=/root USER=root LOGNAME=root SHELL=/bin/bash \
		TERM="${TERM:-dumb}" PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
		DEBIAN_FRONTEND=noninteractive "$@"
}

elapsed() {	# elapsed SECONDS: "1234 s (20 min 34 s)"
	printf '%s s (%d min %02d s)' "$1" $(($1 / 60)) $(($1 % 60))
}

# --- Debian's apt sources of this host ---------------------------------------------------
# deb822 stanzas from /etc/apt/sources.list.d/*.sources and one-line entries from
# /etc/apt/sources.list and /etc/apt/sources.list.d/*.list, keeping only those whose URIs are
# on debian.org (deb.debian.org, security.debian.org, ftp.<cc>.debian.org, ...).
DEBIAN_URI_RE='https?://([A-Za-z0-9-]+\.)*debian\.org(/|$)'
debian_deb822_sources() {
	local f
	for f in /etc/apt/sources.list.d/*.sources; do
		[ -f "$f" ] || continue
		awk -v re="$DEBIAN_URI_RE" 'BEGIN { RS = ""; ORS = "\n\n" }
			{
				ok = 0; off = 0
				n = split($0, line, "\n")
				for (i = 1; i <= n; i++) {
					if (line[i] ~ /^URIs:/ && line[i] ~ re) ok = 1
					if (tolower(line[i]) ~ /^enabled:[ \t]*no/) off = 1
				}
				if (ok && !off) print
			}' "$f"
	done
}
debian_list_sources() {
	local f
	for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
		[ -f "$f" ] || continue
		grep -E "^[[:space:]]*deb(-src)?[[:space:]].*$DEBIAN_URI_RE" "$f" || true
	done
}

commit=$(git -C "$repo" log -1 --format='%h %s' HEAD)
bs_say "fresh-machine check of $repo ($commit)"
bs_say "scratch directory: $dir"
t_start=$SECONDS

# The clone goes through a bundle of the committed HEAD, made now (later commits do not count):
# the new system sees nothing of the host's file system.
branch=$(git -C "$repo" symbolic-ref -q --short HEAD || true)
git -C "$repo" bundle create -q "$dir/boundscope.bundle" "${branch:-HEAD}" ||
	bs_die "git bundle create of $repo (${branch:-HEAD}) failed"

sources822=$(debian_deb822_sources)
sources_list=$(debian_list_sources)
[ -n "$sources822$sources_list" ] ||
	bs_die "no Debian (debian.org) entries in this host's apt sources to give the new system"
# debootstrap's mirror: the first main-archive URI (not debian-security) of those sources.
mirror=$(printf '%s\n%s\n' "$sources822" "$sources_list" |
	grep -E '^[[:space:]]*(URIs:|deb[[:space:]])' | grep -o -E "${DEBIAN_URI_RE}[^[:space:]]*" |
	grep -v -e '-security' | head -n 1 || true)
mirror=${mirror:-http://deb.debian.org/debian}

if ! command -v debootstrap >/dev/null; then
	bs_say "installing debootstrap on this host"
	apt-get install -y -q debootstrap || bs_die "apt-get install debootstrap failed"
fi

# --- 1. a minbase system, with this host's name resolution and Debian sources -------------
bs_say "debootstrap --variant=minbase $suite $root $mirror (log: $logs/debootstrap.log)"
if ! debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$logs/debootstrap.log" 2>&1; then
	tail -n 30 "$logs/debootstrap.log" >&2
	bs_die "debootstrap failed (the end of its log is above; all of it in $logs/debootstrap.log)"
fi
cp /etc/hosts "$root/etc/hosts"
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
rm -f "$root/etc/apt/sources.list"
if [ -n "$sources822" ]; then
	printf '%s\n' "$sources822" >"$root/etc/apt/sources.list.d/debian.sources"
fi
if [ -n "$sources_list" ]; then
	printf '%s\n' "$sources_list" >"$root/etc/apt/sources.list"
fi
bs_say "apt sources given to the new system:"
printf '%s\n%s\n' "$sources822" "$sources_list" | grep -v '^$' | sed 's/^/    /'

mount_in proc -t proc proc
mount_in sys -t sysfs sysfs
mount_in dev --bind /dev
mount_in dev/pts --bind /dev/pts
mount_in dev/shm -t tmpfs -o mode=1777 tmpfs

# --- 2. git and the clone -----------------------------------------------------------------
bs_say "apt-get update; apt-get install git (in the new system)"
if ! in_chroot apt-get update -q >"$logs/git-install.log" 2>&1 ||
	! in_chroot apt-get install -y -q git >>"$logs/git-install.log" 2>&1; then
	tail -n 30 "$logs/git-install.log" >&2
	bs_die "installing git in the new system failed (log: $logs/git-install.log)"
fi

user=root
home=/root
if [ "$as_user" = 1 ]; then
	user=newuser
	home=/home/$user
	bs_say "adding user $user with sudo rights (sudo installed for it)"
	in_chroot apt-get install -y -q sudo >>"$logs/git-install.log" 2>&1 ||
		bs_die "installing sudo in the new system failed (log: $logs/git-install.log)"
	in_chroot useradd -m -s /bin/bash "$user"
	printf '%s ALL=(ALL) NOPASSWD: ALL\n' "$user" >"$root/etc/sudoers.d/$user"
	chmod 0440 "$root/etc/sudoers.d/$user"
fi

install -m 0644 "$dir/boundscope.bundle" "$root/tmp/boundscope.bundle"

# as_new_user CMD: run the shell command CMD in a login shell of the new user.
as_new_user() {
	if [ "$user" = root ]; then
		in_chroot /bin/bash -l -c "$1"
	else
		in_chroot /usr/sbin/runuser -l "$user" -c "$1"
	fi
}
bs_say "git clone (as $user, into $home/boundscope)"
as_new_user "git clone -q ${branch:+-b $branch} /tmp/boundscope.bundle ~/boundscope &&
	git -C ~/boundscope log -1 --format='cloned %h %s'" || bs_die "git clone in the new system failed"
t_setup=$((SECONDS - t_start))

# --- 3. the README's two commands -----------------------------------------------------------
# step_times FILE: pass stdin through; FILE gets each "==> step" line of our scripts with the
# seconds since the start at which it appeared (where a first run spends its time).
step_times() {
	local t0=$SECONDS line
	: >"$1"
	while IFS= read -r line || [ -n "$line" ]; do
		printf '%s\n' "$line"
		case $line in
		"==> "*) printf '%6d s  %s\n' $((SECONDS - t0)) "${line#==> }" | cut -c1-100 >>"$1" ;;
		esac
	done
}

# run_readme NAME COMMAND: run COMMAND in the clone, its output shown and kept in a log;
# sets rc and secs.
run_readme() {
	local name=$1 command=$2 t0=$SECONDS
	printf '\n'
	bs_say "as $user in ~/boundscope: $command (log: $logs/$name.log)"
	rc=0
	as_new_user "cd ~/boundscope && $command" </dev/null 2>&1 | tee "$logs/$name.log" |
		step_times "$logs/$name.steps" || rc=$?
	secs=$((SECONDS - t0))
	bs_say "$command: exit $rc after $(elapsed "$secs")"
}
run_readme demo "bash scripts/demo.sh"
demo_rc=$rc demo_secs=$secs
run_readme test "bash scripts/test.sh"
test_rc=$rc test_secs=$secs

findings=$(grep -c -E '\[boundscope-[a-z-]+\]' "$logs/demo.log" || true)
tally=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$logs/test.log" | tail -n 1 || true)

printf '\n'
bs_say "steps of bash scripts/demo.sh (seconds from its start)"
cat "$logs/demo.steps"
bs_say "steps of bash scripts/test.sh (seconds from its start)"
cat "$logs/test.steps"
printf '\n'
bs_say "fresh-machine summary ($suite minbase, ${commit%% *}, as $user)"
printf 'set-up (debootstrap, apt sources, git, clone): %s\n' "$(elapsed "$t_setup")"
printf 'bash scripts/demo.sh: exit %s, %s, %s finding lines printed\n' \
	"$demo_rc" "$(elapsed "$demo_secs")" "$findings"
printf 'bash scripts/test.sh: exit %s, %s, "%s"\n' "$test_rc" "$(elapsed "$test_secs")" \
	"${tally:-no tally line}"
printf 'total: %s\n' "$(elapsed $((SECONDS - t_start)))"

status=0
[ "$demo_rc" -eq 0 ] || { printf 'FAILED: bash scripts/demo.sh exited %s\n' "$demo_rc"; status=1; }
[ "$findings" -gt 0 ] || { printf 'FAILED: bash scripts/demo.sh printed no findings\n'; status=1; }
[ "$test_rc" -eq 0 ] || { printf 'FAILED: bash scripts/test.sh exited %s\n' "$test_rc"; status=1; }
exit "$status"
