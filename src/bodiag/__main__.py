from bodiag.cli import main

raise SystemExit(main())
