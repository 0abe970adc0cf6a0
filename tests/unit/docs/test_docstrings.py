"""generator.docs.docstrings: a method's docstring states what is particular to it."""

from __future__ import annotations

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.docs.docstrings import method_doc, raises_line, summary_line, wrap
from generator.plan.error_table import error_class
from tests.unit.docs_support import op, planned


def test_raises_is_one_line_with_the_documented_statuses() -> None:
    plan, _ = planned()
    get = op(plan, "GET /items/{itemId}")
    assert raises_line(get) == "ApiError: subclass per status in README.md#errors; documented: 404, 429."
    assert raises_line(op(plan, "DELETE /items/{itemId}")) == "ApiError: subclass per status in README.md#errors."
    doc = method_doc(get)
    assert doc.split("Raises:\n", 1)[1] == "    " + raises_line(get)
    assert "NotFoundError" not in doc


def test_args_summary_and_error_classes() -> None:
    plan, _ = planned()
    doc = method_doc(op(plan, "GET /items/{itemId}"))
    args = doc.split("Args:\n", 1)[1].split("\n\n", 1)[0]
    assert [line.split(":")[0].strip() for line in args.splitlines()] == [
        "item_id", "limit", "q", "color", "request_options",
    ]  # fmt: skip
    assert summary_line(op(plan, "DELETE /items/{itemId}")) == "Delete (items)."
    assert [error_class(s) for s in (404, 418, 503)] == ["NotFoundError", "ApiError", "InternalServerError"]


_TEXT = st.text(
    alphabet=st.sampled_from(["a", "b", " ", "\t", "\n", "\r", "\x0b", "\x1f", "-", ".", "\u00a0", "\u2028", "é"])
)


@given(text=_TEXT, indent=st.sampled_from(["", "    ", "        "]))
@settings(max_examples=400, deadline=None)
def test_wrap_is_textwraps_wrapping_per_line(text: str, indent: str) -> None:
    # `wrap` keeps a line that fits without textwrap; the result must be textwrap's all the same
    expected: list[str] = []
    for paragraph in text.strip().splitlines():
        expected.extend(indent + line for line in textwrap.wrap(paragraph.strip(), width=96 - len(indent)) or [""])
    assert wrap(text * 3, indent) == [  # long lines too
        indent + line
        for paragraph in (text * 3).strip().splitlines()
        for line in textwrap.wrap(paragraph.strip(), width=96 - len(indent)) or [""]
    ]
    assert wrap(text, indent) == expected
