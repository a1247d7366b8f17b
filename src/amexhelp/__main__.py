import sys

from amexhelp.console import run

sys.exit(run())
