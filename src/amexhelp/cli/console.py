"""The console-script entry point (`amexhelp`, `python -m amexhelp`): a process that ends right after.

A run lives for milliseconds and the process frees everything at exit, so cyclic garbage collection
during start-up is pure cost (a few per cent of a lookup, measured by benchmarks/startup.py): it is
turned off here, before the command-line layer is imported, and never by importing amexhelp.cli._app.
"""

import gc

gc.disable()


def run() -> int:
    """main(), then freeze what is alive: that moves it out of reach of the collection the interpreter
    runs at exit, which would otherwise walk every object once more (about a fifth of a lookup's whole
    time, measured by benchmarks/startup.py). Finalisation (flushing, atexit) happens as usual."""
    from amexhelp.cli._app import main

    try:
        return main()
    finally:  # also when shell completion ends the run with SystemExit
        gc.freeze()


def command_tree() -> object:
    """The app as the tree of Click commands Typer builds (what tools/manpage.py writes the man page from)."""
    import typer

    from amexhelp.cli._app import app

    return typer.main.get_command(app)
