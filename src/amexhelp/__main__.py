import sys

from amexhelp.cli.console import run

sys.exit(run())
