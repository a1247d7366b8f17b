"""amexhelp: the right official American Express support number, offline."""

__version__ = "0.1.0"
