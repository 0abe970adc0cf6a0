"""generator.docs.markdown: spec text made safe for Markdown; types linked to their models."""

from __future__ import annotations

from generator.docs.markdown import display_type, link_type, md_cell, md_text, split_union


def test_cells_are_one_escaped_line() -> None:
    assert md_cell("a | b\nc <i>") == "a \\| b c &lt;i&gt;"


def test_text_cannot_open_code_fences_or_headings() -> None:
    text = md_text("# Title\n```python\nrun()\n```\n---")
    assert not any(line.startswith(("#", "```", "---")) for line in text.splitlines())


def test_types_split_on_top_level_bars_only() -> None:
    assert split_union("A | list[B | C]") == ["A ", " list[B | C]"]
    assert display_type("list[Book] | None | Unset") == "list[Book] | None"
    assert link_type("Book | Unset", {"Book"}, "") == "[`Book`](#book)"
