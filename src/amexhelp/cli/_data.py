"""`amexhelp data`: where the data in use comes from, the data as one document, and checking, installing and
removing a newer file.

The installed file lives in the user's data directory (``platformdirs.user_data_dir("amexhelp")``:
``$XDG_DATA_HOME/amexhelp`` or ``~/.local/share/amexhelp`` on Linux) and is read from then on without
any variable. What answers is, in order: the file AMEXHELP_DATA names, the installed file, the bundled data.
What these commands print is for the person who maintains the data: English, as ``--version`` is.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Annotated, Any

import typer

from amexhelp.cli._environment import installed_file, installed_path
from amexhelp.errors import EXIT_NOT_FOUND, EXIT_OK, DataError, InputError

if TYPE_CHECKING:
    from amexhelp.directory.model import Directory


def N_(message: str) -> str:
    """Mark a help text for the catalogs, as cli._options.N_ does."""
    return message


data_app = typer.Typer(
    name="data",
    help=N_("Where the data in use comes from; check, install or remove a newer data file."),
    no_args_is_help=True,
)


def _say(text: str) -> None:
    from amexhelp.cli._output import write

    write(text + "\n")


@data_app.command("show")
def show(
    as_json: Annotated[bool, typer.Option("--json", help=N_("Print one JSON object."))] = False,
) -> None:
    """Where the data in use comes from: its file, date, age in days and SHA-256."""
    from amexhelp.cli._environment import directory as in_use
    from amexhelp.directory.loading import data_sha256

    directory = in_use()
    origin, s = directory.origin, directory.source
    kind = "bundled" if origin.bundled else ("installed" if origin.installed else "AMEXHELP_DATA")
    facts: dict[str, Any] = {
        "in_use": kind,
        "path": origin.path,
        "as_of": s.as_of,
        "age_days": origin.age_days,
        "file_date": origin.date,
        "sha256": data_sha256(origin),
        "schema": directory.schema_version,
        "installed_path": installed_path(),
        "installed": installed_file() is not None,
    }
    if as_json:
        import json

        _write_json(json.dumps(facts, ensure_ascii=False, indent=2))
        return
    _say(f"in use: {kind} ({origin.path})")
    _say(f"as of: {s.as_of} ({origin.age_days} days old)" if origin.age_days is not None else f"as of: {s.as_of}")
    if origin.date is not None:
        _say(f"{'installed on' if origin.installed else 'file date'}: {origin.date}")
    _say(f"sha256: {facts['sha256']}")
    _say(f"installed file: {facts['installed_path'] if facts['installed'] else 'none'}")


@data_app.command("document")
def document() -> None:
    """Print the data in use as one JSON document: a file to edit, then check or install."""
    from amexhelp.cli._environment import directory as in_use
    from amexhelp.directory.loading import document_text

    _write_json(document_text(in_use().origin).removesuffix("\n"))


def _write_json(text: str) -> None:
    from amexhelp.sanitize import clean_json

    _say(clean_json(text))


def _checked(path: str) -> tuple[Directory, int]:
    """The file at ``path`` read and checked against the schema as AMEXHELP_DATA's would be (a DataError
    if it fails), and how many problems the audit finds in it."""
    from amexhelp.cli._environment import cache_dir
    from amexhelp.directory.loading import load_directory
    from amexhelp.reports.audit import audit

    if not os.path.isfile(path):
        raise DataError("data-unreadable", path=path, variable="amexhelp data", reason="not a regular file")
    directory = load_directory(os.path.abspath(path), cache=cache_dir())
    return directory, len(audit(directory).problems)


def _summary(path: str, directory: Directory, problems: int) -> str:
    s = directory.source
    return (
        f"{path}: valid (schema {directory.schema_version}, {len(directory.lines)} lines, {s.kind}, as of {s.as_of});"
        f" audit: {problems} problem(s){' (see AMEXHELP_DATA=FILE amexhelp audit)' if problems else ''}"
    )


@data_app.command("check")
def check(file: Annotated[str, typer.Argument(metavar="FILE", help=N_("The data file to check."))]) -> int:
    """Check a data file against the schema and audit it; nothing is installed. Exit 1 if the audit finds problems."""
    directory, problems = _checked(file)
    _say(_summary(file, directory, problems))
    return EXIT_NOT_FOUND if problems else EXIT_OK


@data_app.command("install")
def install(file: Annotated[str, typer.Argument(metavar="FILE", help=N_("The data file to install."))]) -> None:
    """Check a data file, then install it (atomically) as the data every later run reads."""
    import tempfile

    directory, problems = _checked(file)
    target = installed_path()
    if target is None:
        raise InputError("cannot-write", path="~/.local/share/amexhelp", reason="no home directory")
    with open(file, "rb") as handle:
        content = handle.read()
    folder = os.path.dirname(target)
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(prefix=".directory-", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(descriptor, "wb") as out:
                out.write(content)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, target)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError as error:
        raise InputError("cannot-write", path=target, reason=error.strerror or type(error).__name__) from None
    _say(_summary(file, directory, problems))
    _say(f"installed as {target}: every run reads it from now on (unless AMEXHELP_DATA names another file)")


@data_app.command("remove")
def remove() -> int:
    """Remove the installed data file: the bundled data answers again. Exit 1 if none is installed."""
    path = installed_file()
    if path is None:
        _say("no data file is installed; the bundled data (or AMEXHELP_DATA's file) is in use")
        return EXIT_NOT_FOUND
    try:
        os.remove(path)
    except OSError as error:
        raise InputError("cannot-write", path=path, reason=error.strerror or type(error).__name__) from None
    _say(f"removed {path}")
    return EXIT_OK
