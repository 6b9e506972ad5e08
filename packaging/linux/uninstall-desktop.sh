#!/usr/bin/env bash
# Remove what install-desktop.sh put under PREFIX (default ~/.local). Documents are never touched.
set -euo pipefail
prefix=${1:-$HOME/.local}
app_id=org.bodiag.Bodiag share="$prefix/share"
rm -rf "$prefix/lib/bodiag"
rm -f "$prefix/bin/bodiag" "$prefix/bin/bodiag-gui" "$share/applications/$app_id.desktop" \
      "$share/metainfo/$app_id.metainfo.xml" "$share/mime/packages/$app_id.xml"
find "$share/icons/hicolor" \( -name "$app_id.*" -o -name 'application-x-bodiag.*' \) -delete 2>/dev/null || true
command -v update-mime-database >/dev/null && [ -d "$share/mime" ] && update-mime-database "$share/mime"
command -v update-desktop-database >/dev/null && [ -d "$share/applications" ] && update-desktop-database -q "$share/applications"
echo "bodiag removed from $prefix"
