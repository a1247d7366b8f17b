"""Output formats: one switch, one renderer each (render/formats.py). Nothing here is imported until it is used."""

from __future__ import annotations

from amexhelp.render.formats import Format, resolve

__all__ = ["Format", "resolve"]
