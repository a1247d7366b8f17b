import sys

from amexhelp.cli import main

sys.exit(main())
