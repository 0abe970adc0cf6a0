"""Markdown helpers for README.md, reference.md and models.md: text from the spec made safe for a
paragraph or a table cell, and types rendered with links to their models.

Specs often write descriptions in HTML (`<a href>`, `<b>`, `<ul>`); markdownify (a kept library) turns
that into Markdown before the text is neutralised, so readers see a link rather than `&lt;a href&gt;`.
Only web and mail links survive; images become their alt text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from markdownify import MarkdownConverter

from generator.docs.examples import text_of

_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# HTML is assumed only where a common element is closed (or a line break is written): `a<b and c>d` stays text.
_HTML_TAG = re.compile(
    r"</(a|b|i|em|strong|code|pre|p|ul|ol|li|span|div|table|tr|td|th|h[1-6]|blockquote)\s*>|<br\s*/?>", re.IGNORECASE
)
_SAFE_HREF = re.compile(r"^(https?://|mailto:)", re.IGNORECASE)


class _SpecHtml(MarkdownConverter):
    """markdownify, keeping only http(s) and mailto links and images' alt text."""

    def convert_a(self, el: Any, text: str, parent_tags: Any) -> str:
        href = str(el.get("href") or "")
        return f"[{text}]({href})" if _SAFE_HREF.match(href) and text.strip() else text

    def convert_img(self, el: Any, text: str, parent_tags: Any) -> str:
        return str(el.get("alt") or "")


@lru_cache(maxsize=4096)  # the same description is read for README.md, reference.md and models.md
def html_to_markdown(text: str) -> str:
    """`See <a href="https://x">docs</a>` → `See [docs](https://x)`; text without tags is returned as is."""
    if not _HTML_TAG.search(text):
        return text
    converted = _SpecHtml(escape_misc=False).convert(text)  # script and style elements go, content and all
    return str(converted).strip()


def md_cell(value: object) -> str:
    """Text safe inside a Markdown table cell: one line, pipes escaped."""
    text = " ".join(html_to_markdown(text_of(value)).split())
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")


def md_text(value: object) -> str:
    """Free text from the spec for a Markdown paragraph: tags, code fences and headings neutralised."""
    text = html_to_markdown(text_of(value).strip())
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    text = re.sub(r"`{3,}|~{3,}", lambda m: "".join("\\" + ch for ch in m.group(0)), text)
    return re.sub(r"(?m)^(\s*)(#|=+\s*$|-{3,}\s*$)", lambda m: m.group(1) + "\\" + m.group(2), text)


def split_union(text: str) -> list[str]:
    """`A | list[B | C]` → `["A ", " list[B | C]"]`: split on top-level `|` only."""
    if "[" not in text and "]" not in text:  # every `|` is top-level (most types)
        return text.split("|")
    parts, depth, current = [], 0, ""
    for ch in text:
        depth += (ch == "[") - (ch == "]")
        if ch == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    return parts


def display_type(type_string: str) -> str:
    """A type for reading: `| Unset` dropped (the required column says it)."""
    parts = [p.strip() for p in split_union(type_string) if p.strip() != "Unset"]
    return " | ".join(parts) or type_string


def anchor(name: str) -> str:
    return name.lower()


def _escape_type(text: str) -> str:
    return text.replace("|", "\\|").replace("[", "\\[").replace("]", "\\]")


def link_type(type_string: str, models: set[str], target: str = "models.md") -> str:
    """Markdown for a type, each model name a link to its section; safe inside a table cell."""
    text = display_type(type_string)
    out: list[str] = []
    pos = 0
    for match in _IDENT.finditer(text):
        out.append(_escape_type(text[pos : match.start()]))
        word = match.group(0)
        out.append(f"[`{word}`]({target}#{anchor(word)})" if word in models else f"`{word}`")
        pos = match.end()
    out.append(_escape_type(text[pos:]))
    return "".join(out)
