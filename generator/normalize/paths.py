"""Path templates the parser refuses (`{thing.id}`, `{naïve}`), renamed into ones it accepts."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from generator.errors import pointer
from generator.normalize import Change
from generator.normalize.walk import HTTP_METHODS
from generator.refs import resolve

_TEMPLATE = re.compile(r"\{([^{}]*)\}")
_PARSER_PARAM = re.compile(r"^[a-zA-Z_-][a-zA-Z0-9_-]*$")  # what openapi-python-client accepts in `{...}`


def _safe_name(name: str, taken: set[str]) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^A-Za-z0-9_-]+", "_", text).strip("_") or "param"
    if not re.match(r"[A-Za-z_-]", text):
        text = "p_" + text
    while text in taken:
        text += "_"
    return text


def _renamer(mapping: dict[str, str]) -> Callable[[re.Match[str]], str]:
    """A `re.sub` replacement that renames `{old}` to `{new}` and keeps other parameters."""

    def rename(match: re.Match[str]) -> str:
        return "{" + mapping.get(match.group(1), match.group(1)) + "}"

    return rename


def sanitize_path_templates(doc: dict[str, Any]) -> list[Change]:
    """Path parameters named `{thing.id}` or `{naïve}` are renamed (`{thing_id}`, `{naive}`) in the path
    and in their parameter objects. A path parameter's name never goes on the wire, only its value."""
    paths = doc.get("paths")
    if not isinstance(paths, dict):
        return []
    changes: list[Change] = []
    rebuilt: dict[str, Any] = {}
    for path, item in paths.items():
        names = _TEMPLATE.findall(str(path))
        bad = [n for n in names if not _PARSER_PARAM.match(n)]
        if not bad or not isinstance(item, dict):
            rebuilt[path] = item
            continue
        taken = {n for n in names if _PARSER_PARAM.match(n)}
        mapping: dict[str, str] = {}
        for old in bad:
            mapping[old] = _safe_name(old, taken)
            taken.add(mapping[old])
        new_path = _TEMPLATE.sub(_renamer(mapping), str(path))
        params = list(item.get("parameters") or [])
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                params.extend(item[method].get("parameters") or [])
        for raw in params:
            param = resolve(doc, raw)
            if isinstance(param, dict) and param.get("in") == "path" and param.get("name") in mapping:
                param["name"] = mapping[param["name"]]
        rebuilt[new_path] = item
        detail = ", ".join(f"{{{o}}} → {{{n}}}" for o, n in mapping.items())
        changes.append(Change("sanitize_path_templates", pointer("paths", path), f"renamed to {new_path}: {detail}"))
    if changes:
        paths.clear()
        paths.update(rebuilt)
    return changes
