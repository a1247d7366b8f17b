"""The generated files' sections, what mutation testing found unheld: every field is read, the first one too
(in the bundled files a comment no run reads), and the fields can be listed."""

from __future__ import annotations

from amexhelp.directory.index import Sections

# As tools.datagen writes a file: every top-level field starts a line, the object's braces stand alone.
WRITTEN = b'{\n"comment": "Generated",\n"names": {"japan": "JP"},\n"codes": [\n  "JP",\n  "FR"\n]\n}\n'


def test_every_field_of_a_generated_file_is_read_the_first_one_too() -> None:
    sections = Sections(WRITTEN)
    assert list(sections) == ["comment", "names", "codes"]
    assert len(sections) == 3
    assert dict(sections) == {"comment": "Generated", "names": {"japan": "JP"}, "codes": ["JP", "FR"]}
