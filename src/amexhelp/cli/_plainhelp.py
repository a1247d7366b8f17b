"""Help for a pipe, ``TERM=dumb`` or ``NO_COLOR``: the same page without box drawing.

Typer draws each panel of a help page (Arguments, Options, Commands) in a rounded box, whose characters a
man-page converter, a braille display or an old terminal shows as rows of ``???``. For such a reader the
panels are drawn with a box of spaces (``rich.box.Box``), so the titles and the text (translated or not)
stay as they are and only the lines go. Typer 0.28 (pinned) builds its panels with ``typer.rich_utils.Panel``,
swapped here for the page and put back after it; imported only when help is shown.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from rich.box import Box
from rich.panel import Panel
from typer import rich_utils

# Eight rows of four: the top, the head, its separator, the rows, their separator, the foot's, the foot, the
# bottom (rich.box.Box). All spaces: nothing is drawn.
SPACES = Box("    \n    \n    \n    \n    \n    \n    \n    \n")


def _plain_panel(*args: Any, **kwargs: Any) -> Panel:
    return Panel(*args, **{**kwargs, "box": SPACES})


@contextlib.contextmanager
def plain_panels() -> Iterator[None]:
    """While in effect, Typer's help panels are drawn without lines."""
    saved = rich_utils.Panel  # type: ignore[attr-defined]
    rich_utils.Panel = _plain_panel  # type: ignore[attr-defined,assignment]
    try:
        yield
    finally:
        rich_utils.Panel = saved  # type: ignore[attr-defined]
