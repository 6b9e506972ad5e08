#!/usr/bin/env bash
# On macOS, after `make dist`: wrap dist/bodiag.app in a compressed disk image with a link
# to /Applications, dist/bodiag-VERSION.dmg. Signing and notarising, when a Developer ID
# is at hand, are in packaging/README.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ "$(uname)" = Darwin ] || { echo "make-dmg.sh runs on macOS (it needs hdiutil)" >&2; exit 1; }
app=dist/bodiag.app
[ -d "$app" ] || { echo "no $app: run 'make dist' first" >&2; exit 1; }
version=$(/usr/libexec/PlistBuddy -c "Print CFBundleShortVersionString" "$app/Contents/Info.plist")
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "bodiag $version" -srcfolder "$staging" -ov -format UDZO "dist/bodiag-$version.dmg"
echo "dist/bodiag-$version.dmg"
