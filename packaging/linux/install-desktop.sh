#!/usr/bin/env bash
# Install the built bundle for the current user, as a desktop application that opens
# .bodiag documents on a double-click. Usage (after `make dist`):
#   packaging/linux/install-desktop.sh BUNDLE_DIR ICONS_DIR [PREFIX]
# BUNDLE_DIR is dist/bodiag, ICONS_DIR the output of packaging/render_icons.py, PREFIX
# defaults to ~/.local. It copies the bundle to PREFIX/lib/bodiag, links PREFIX/bin/bodiag
# and bodiag-gui, and puts the desktop entry, the AppStream metainfo, the MIME type and
# the icons under PREFIX/share, then refreshes the MIME and desktop databases there.
# Run again to upgrade; packaging/linux/uninstall-desktop.sh removes it all.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bundle=${1:?usage: install-desktop.sh BUNDLE_DIR ICONS_DIR [PREFIX]}
icons=${2:?usage: install-desktop.sh BUNDLE_DIR ICONS_DIR [PREFIX]}
prefix=${3:-$HOME/.local}
app_id=org.bodiag.Bodiag
[ -x "$bundle/bodiag-gui" ] || { echo "no bundle in $bundle: run 'make dist' first" >&2; exit 1; }
[ -d "$icons/hicolor" ] || { echo "no icons in $icons: run packaging/render_icons.py" >&2; exit 1; }

lib="$prefix/lib/bodiag" share="$prefix/share"
mkdir -p "$prefix/lib" "$prefix/bin" "$share/applications" "$share/metainfo" "$share/mime/packages" "$share/icons"
# The new copy is put in place whole, then the old one removed: an interrupted upgrade
# leaves the previous version working.
staging=$(mktemp -d "$prefix/lib/.bodiag.XXXXXX")
cp -a "$bundle/." "$staging/"
[ -d "$lib" ] && mv "$lib" "$staging.old"
mv "$staging" "$lib"
rm -rf "$staging.old"
ln -sfn "$lib/bodiag" "$prefix/bin/bodiag"
ln -sfn "$lib/bodiag-gui" "$prefix/bin/bodiag-gui"

# The entry starts this copy by its full path, whatever the user's PATH.
sed "s|^Exec=bodiag-gui |Exec=\"$lib/bodiag-gui\" |" "$here/$app_id.desktop" > "$share/applications/$app_id.desktop"
cp "$here/$app_id.metainfo.xml" "$share/metainfo/"
cp "$here/$app_id.mime.xml" "$share/mime/packages/$app_id.xml"
cp -r "$icons/hicolor" "$share/icons/"

command -v update-mime-database >/dev/null && update-mime-database "$share/mime"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications"
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t -f "$share/icons/hicolor" || true
echo "bodiag installed in $lib; desktop entry $share/applications/$app_id.desktop"
