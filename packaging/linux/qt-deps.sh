#!/usr/bin/env bash
# Qt's X11 platform plugin (PySide6 wheels) needs a few system libraries that a
# minimal Linux may lack. Check the plugin's dependencies; install what is
# missing when run as root with apt-get, else name the packages and fail.
# Usage: packaging/linux/qt-deps.sh PYTHON
set -euo pipefail
[ "$(uname)" = Linux ] || exit 0
python="${1:-python3}"
qt_dir=$("$python" -c 'import os, PySide6; print(os.path.join(os.path.dirname(PySide6.__file__), "Qt"))')
missing=$(ldd "$qt_dir/plugins/platforms/libqxcb.so" "$qt_dir/lib/libQt6XcbQpa.so.6" 2>/dev/null \
          | awk '/not found/ {print $1}' | sort -u)
[ -n "$missing" ] || exit 0
# The Debian/Ubuntu packages of the libraries Qt 6's xcb plugin loads.
packages="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
          libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libfontconfig1 libdbus-1-3"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing the system libraries Qt needs: $(echo $missing)"
  apt-get install -y -q $packages >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q $packages >/dev/null; }
  exit 0
fi
echo "The desktop app needs system libraries that are missing: $(echo $missing)" >&2
echo "Install them with: sudo apt-get install $(echo $packages)" >&2
exit 1
