"""The bundle's command line (PyInstaller runs this file as ``__main__``)."""

import sys

from bodiag.cli import main

sys.exit(main())
