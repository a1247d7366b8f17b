import sys

from amexhelp.cli import run

sys.exit(run())
