"""A pytest plugin for mutation runs only (pyproject.toml, [tool.mutmut]): mutmut calls each function of a
mutated module through a trampoline, under the name ``xǁClassǁ__init____mutmut_orig`` (or ``_mutmut_N``),
so a record's ``__init__`` would no longer be the frame ``_Record.__setattr__`` lets set a field. This
lets those names set fields too; every other caller is refused as before."""

from __future__ import annotations

from sys import _getframe

from amexhelp.directory import model


def _setattr(self: model._Record, name: str, value: object) -> None:
    caller = _getframe(1).f_code.co_name
    if caller != "__init__" and "ǁ__init____mutmut_" not in caller:
        raise AttributeError(f"{type(self).__name__}.{name} is read-only")
    object.__setattr__(self, name, value)


model._Record.__setattr__ = _setattr  # type: ignore[method-assign]
