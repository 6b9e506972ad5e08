"""The bundle's desktop app (PyInstaller runs this file as ``__main__``)."""

import sys

from bodiag.ui.app import main

sys.exit(main())
