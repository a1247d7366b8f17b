"""Progress of a long batch (``verify -``) on stderr: how many lines are done and for how long, without words
(nothing to translate), shown once a batch passes its first STEP lines and gone when it ends. The CLI shows
it only when stderr is a terminal and stdout is not (the answers go to a file or a pipe), so that the two never
interleave on one screen."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

STEP = 1000  # lines between two updates: a batch checks tens of thousands a second


def counted(items: Iterable[T], step: int = STEP) -> Iterator[T]:
    """``items`` as they come, with a count of them on stderr from the ``step``-th on."""
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.completed:,}"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
        redirect_stdout=False,
        redirect_stderr=False,
    )
    task = None
    try:
        for done, item in enumerate(items, 1):
            yield item
            if done % step == 0:
                if task is None:
                    progress.start()
                    task = progress.add_task("", total=None)
                progress.update(task, completed=done)
    finally:
        progress.stop()
