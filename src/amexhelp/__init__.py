"""amexhelp: the right official American Express support number, offline.

The Python API (docs/api.md): ``amexhelp.lookup(...)``, ``amexhelp.verify(...)`` and
``amexhelp.verify_batch(...)`` return the dicts that ``--json`` prints. They live in ``amexhelp.api``,
imported when one is first called, so that ``import amexhelp`` (and every run of the command) stays cheap.

``amexhelp.lookup`` and ``amexhelp.verify`` are also the names of the core's subpackages, and Python binds a
subpackage to its name in the parent whenever it is imported: so those two subpackages are made callable
here, each call going to the API function of the same name. Typed code imports the functions themselves:
``from amexhelp.api import lookup, verify, verify_batch``.
"""

import sys

import amexhelp.lookup
import amexhelp.verify

__version__ = "0.1.0"
__all__ = ["__version__", "lookup", "verify", "verify_batch"]


class _CallablePackage(type(sys)):  # type: ignore[misc]  # types.ModuleType, without importing types
    """A subpackage that is also the API function of its name (see the module's docstring)."""

    def __call__(self, *args: object, **kwargs: object) -> object:
        from amexhelp import api

        return getattr(api, self.__name__.rpartition(".")[2])(*args, **kwargs)


amexhelp.lookup.__class__ = _CallablePackage
amexhelp.verify.__class__ = _CallablePackage


def __getattr__(name: str) -> object:
    if name == "verify_batch":
        from amexhelp import api

        return api.verify_batch
    raise AttributeError(f"module 'amexhelp' has no attribute {name!r}")
