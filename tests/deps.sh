#!/bin/sh
# Installs what building, testing and benchmarking (make bench) incident
# needs on Debian or Ubuntu, where it is missing: apt-get as root, or
# through sudo.
set -eu
packages="make gcc libc6-dev pkg-config libgit2-dev libjansson-dev git jq mandoc perl curl python3 python3-feedparser chromium gpg gpg-agent openssh-client strace procps hyperfine time cmark zsh fish util-linux libxml2-utils"
missing=""
for p in $packages; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
		missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
	echo "deps.sh: not Debian or Ubuntu: install$missing by hand" >&2
	exit 1
fi
as_root=""
[ "$(id -u)" -eq 0 ] || as_root=sudo
echo "deps.sh: installing$missing" >&2
$as_root apt-get update -qq
# shellcheck disable=SC2086 # one word per package
$as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
