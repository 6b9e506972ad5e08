#!/usr/bin/env bash
# The freedesktop validators the suite runs on packaging/linux/: appstreamcli (Debian
# package appstream), desktop-file-validate and update-desktop-database (desktop-file-utils),
# update-mime-database (shared-mime-info). Installs what is missing when run as root with
# apt-get; otherwise names the packages (the tests that need them then say so).
set -euo pipefail
[ "$(uname)" = Linux ] || exit 0
declare -A package=([appstreamcli]=appstream [desktop-file-validate]=desktop-file-utils
                    [update-desktop-database]=desktop-file-utils [update-mime-database]=shared-mime-info)
missing=$(for tool in "${!package[@]}"; do command -v "$tool" >/dev/null || echo "${package[$tool]}"; done | sort -u)
[ -n "$missing" ] || exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing the desktop-file validators: $(echo $missing)"
  apt-get install -y -q $missing >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q $missing >/dev/null; }
  exit 0
fi
echo "The packaging tests need: $(echo $missing) (sudo apt-get install $(echo $missing))" >&2
