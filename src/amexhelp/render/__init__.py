"""Output formats: one switch, one renderer each. Nothing here is imported until it is used."""

from __future__ import annotations

import enum
import os
import sys


class Format(str, enum.Enum):
    AUTO = "auto"
    RICH = "rich"
    PLAIN = "plain"
    JSON = "json"


def resolve(fmt: Format, *, force_colour: bool = False) -> Format:
    """AUTO becomes RICH on a colour-capable terminal and PLAIN on a pipe, NO_COLOR or TERM=dumb;
    ``force_colour`` (FORCE_COLOR or CLICOLOR_FORCE, read by the CLI) makes it RICH anywhere but under NO_COLOR."""
    if fmt is not Format.AUTO:
        return fmt
    if os.environ.get("NO_COLOR"):
        return Format.PLAIN
    if force_colour:
        return Format.RICH
    if os.environ.get("TERM") == "dumb":
        return Format.PLAIN
    try:
        tty = sys.stdout.isatty()
    except (AttributeError, ValueError):
        tty = False
    return Format.RICH if tty else Format.PLAIN
