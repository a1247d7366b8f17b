"""``--jq EXPR``: a command's JSON filtered with jq's own language, as ``gh --jq`` does.

The jq package (jq 1.7 as a library, about 2.5 MB compiled) is an extra, ``amexhelp[jq]``, imported only
when --jq is given: a run without it pays nothing, and a machine without it gets a one-line error that
says how to install it. Each result is one line: a string as it is (raw, as ``jq -r`` prints it), anything
else as compact JSON.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from amexhelp.errors import InputError


def compiled(expression: str) -> Callable[[str], str]:
    """A filter from a JSON document's text to the lines of its results (each ending in a newline)."""
    try:
        import jq
    except ImportError:
        raise InputError("jq-missing") from None
    try:
        program = jq.compile(expression)
    except ValueError as error:
        raise InputError("jq-invalid", value=expression, detail=_first_line(error)) from None

    def run(text: str) -> str:
        from amexhelp.sanitize import clean, clean_json

        try:
            results = program.input_text(text).all()
        except ValueError as error:
            raise InputError("jq-invalid", value=expression, detail=_first_line(error)) from None
        return "".join(
            (clean(item) if isinstance(item, str) else clean_json(json.dumps(item, ensure_ascii=False))) + "\n"
            for item in results
        )

    return run


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
