import sys

from bodiag.ui.app import main

sys.exit(main())
