"""Markdown helpers for README.md, reference.md and models.md: text from the spec made safe for a
paragraph or a table cell, and types rendered with links to their models."""

from __future__ import annotations

import re

from generator.docs.examples import text_of

_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def md_cell(value: object) -> str:
    """Text safe inside a Markdown table cell: one line, pipes escaped."""
    text = " ".join(text_of(value).split())
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")


def md_text(value: object) -> str:
    """Free text from the spec for a Markdown paragraph: tags, code fences and headings neutralised."""
    text = text_of(value).strip()
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    text = re.sub(r"`{3,}|~{3,}", lambda m: "".join("\\" + ch for ch in m.group(0)), text)
    return re.sub(r"(?m)^(\s*)(#|=+\s*$|-{3,}\s*$)", lambda m: m.group(1) + "\\" + m.group(2), text)


def split_union(text: str) -> list[str]:
    """`A | list[B | C]` → `["A ", " list[B | C]"]`: split on top-level `|` only."""
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
