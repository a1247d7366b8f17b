"""The console-script entry point (`amexhelp`, `python -m amexhelp`): a process that ends right after.

Ctrl-C at any moment ends the run with exit 130 and no traceback: until main() is running (while the
modules are imported), an interrupt ends the process at once; during main(), it is a KeyboardInterrupt,
which main() turns into 130 after the code it interrupts has cleaned up (an export's temporary file); once
main() has returned, the run is done and an interrupt is held back until the process exits with the run's
own code. The handler is installed when this module is imported, the first of ours the
entry point runs (before it, only the interpreter's start and the finding of the package, a few
milliseconds, are the interpreter's own: an interrupt there ends it by the signal).

A stdout or stderr whose encoding cannot write a text (PYTHONIOENCODING=ascii, a C locale without
coercion) writes it as escapes (``\\u65e5``) instead of failing.

A run lives for milliseconds and the process frees everything at exit, so cyclic garbage collection
during start-up is pure cost (a few per cent of a lookup, measured by benchmarks/startup.py): it is
turned off here, before the command-line layer is imported, and never by importing amexhelp.cli._app.
"""

import _signal  # type: ignore[import-not-found]  # built in: `import signal` costs an import of enum first
import gc
import os
import sys


def _stop(signum: int, frame: object) -> None:
    os._exit(130)


# A run started with interrupts ignored (a background job of a script, nohup) keeps ignoring them.
_INTERRUPTIBLE = _signal.getsignal(_signal.SIGINT) is not _signal.SIG_IGN
if _INTERRUPTIBLE:
    _signal.signal(_signal.SIGINT, _stop)
gc.disable()


def run() -> int:
    """main(), then freeze what is alive: that moves it out of reach of the collection the interpreter
    runs at exit, which would otherwise walk every object once more (about a fifth of a lookup's whole
    time, measured by benchmarks/startup.py). Finalisation (flushing, atexit) happens as usual."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    try:
        if _INTERRUPTIBLE:
            _signal.signal(_signal.SIGINT, _signal.default_int_handler)
        from amexhelp.cli._app import main

        return main()
    except KeyboardInterrupt:  # before main() had begun, or after it had returned
        return 130
    finally:  # also when shell completion ends the run with SystemExit
        if _INTERRUPTIBLE:
            _hold_interrupts()
        gc.freeze()


def _hold_interrupts() -> None:
    """Once main() is over, the run is done: an interrupt is held back until the process exits (which then
    ends with the run's own code). The interpreter's finalisation puts the default handler back, so a
    handler alone would let a late Ctrl-C kill the finished process by the signal."""
    block = getattr(_signal, "pthread_sigmask", None)
    if block is not None:
        block(_signal.SIG_BLOCK, {_signal.SIGINT})
    else:  # no signal masks (Windows): end at once with 130
        _signal.signal(_signal.SIGINT, _stop)


def command_tree() -> object:
    """The app as the tree of Click commands Typer builds, its help texts filled from the data (what
    tools/manpage.py writes the man page from)."""
    from amexhelp.cli._app import whole
    from amexhelp.cli._help import translated
    from amexhelp.cli._options import EPILOGS, HELP_OPTIONS

    with translated(whole(), "en", EPILOGS, HELP_OPTIONS) as command:
        return command
