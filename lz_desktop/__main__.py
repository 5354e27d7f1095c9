from lz_desktop.cli import main

raise SystemExit(main())
