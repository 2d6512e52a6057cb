from hzreader.app import main

raise SystemExit(main())
