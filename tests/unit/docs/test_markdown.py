"""generator.docs.markdown: spec text made safe for Markdown; types linked to their models."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

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


def test_html_descriptions_become_markdown() -> None:
    text = 'See <a href="https://example.test/a">the guide</a> for <b>details</b>.<ul><li>one</li></ul>'
    assert md_text(text) == "See [the guide](https://example.test/a) for **details**.\n\n* one"
    assert md_cell("A <code>flag</code> | B") == "A `flag` \\| B"


def test_html_conversion_keeps_only_web_links_and_no_scripts() -> None:
    text = '<a href="javascript:alert(1)">click</a> <script>alert(2)</script><img src="x" alt="chart"> 1 < 2'
    assert md_text(text) == "click chart 1 &lt; 2"
    assert md_text("no tags: a<b and c>d") == "no tags: a&lt;b and c&gt;d"


@given(st.text(alphabet="AB |[]"))
def test_split_union_splits_at_top_level_bars_only(text: str) -> None:
    parts, depth, current = [], 0, ""  # the rule, one character at a time
    for ch in text:
        depth += (ch == "[") - (ch == "]")
        if ch == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    assert split_union(text) == [*parts, current]
