"""What openapi-python-client's document models refuse is removed, so one bad corner does not stop the run.

openapi-python-client first reads the whole document into pydantic models; a single value they
refuse (an empty `enum`, a parameter without `name`, a `required: "yes"`) makes it give up with a
many-line pydantic dump. Here the same models are asked first, and each refused value is located in
the document from the error's `loc` (the union-member names pydantic adds are skipped) and removed:
the value itself when it is there, the object missing a required field otherwise. That repeats until
the models accept the document; each removal is a `Finding` (warning). A refusal at the top of the
document (`info`, `paths` itself) cannot be removed and becomes one `SpecError` naming the pointer.

Hand-written because the parser has no error recovery of its own; pydantic's structured errors are
what make the removals exact.
"""

from __future__ import annotations

from typing import Any

from generator.errors import Finding, SpecError, pointer

MAX_ROUNDS = 25

Path = tuple[str | int, ...]


def _locate(doc: Any, loc: tuple[Any, ...]) -> tuple[Path, bool]:
    """(the document path the pydantic `loc` reaches, whether its last element is an existing value)."""
    node = doc
    path: list[str | int] = []
    found_last = False
    for part in loc:
        found_last = False
        if isinstance(node, dict) and isinstance(part, str) and part in node:
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        else:
            continue  # a union member name (`Reference`, `Schema`, `function-after[...]`) or a missing field
        path.append(part)
        found_last = True
    return tuple(path), found_last


def _sort_key(path: Path) -> tuple[tuple[int, str | int], ...]:
    return tuple((0, p) if isinstance(p, int) else (1, p) for p in path)


def _remove(doc: Any, path: Path) -> None:
    parent = doc
    for part in path[:-1]:
        parent = parent[part]
    if isinstance(parent, dict):
        parent.pop(path[-1], None)
    elif isinstance(parent, list) and isinstance(path[-1], int) and path[-1] < len(parent):
        del parent[path[-1]]


def _protected(path: Path) -> bool:
    """Paths that cannot go: the top-level keys and a path item's whole set of operations."""
    return len(path) <= 1 or (len(path) == 2 and path[0] in ("info", "openapi"))


def prune_parser_rejects(doc: dict[str, Any], file: str, *, strict: bool = False) -> list[Finding]:
    """Remove what openapi-python-client's models refuse; raise `SpecError` when that is the document's
    core (or, strict, for the first refusal)."""
    from openapi_python_client.schema import OpenAPI
    from pydantic import ValidationError

    findings: list[Finding] = []
    for _ in range(MAX_ROUNDS):
        try:
            OpenAPI.model_validate(doc)
            return findings
        except ValidationError as exc:
            errors = exc.errors()
        located = []
        for error in errors:
            # the refused value, or (a required field missing) the object that lacks it
            target, exists = _locate(doc, tuple(error.get("loc") or ()))
            located.append((target, str(error.get("msg") or "refused"), exists, error))
        targets = {t for t, _, _, _ in located}
        # the deepest place explains its ancestors (pydantic also reports each union member that failed)
        chosen: dict[Path, str] = {}
        for target, message, exists, error in located:
            if any(other != target and other[: len(target)] == target for other in targets):
                continue
            if _protected(target) or strict:
                where = pointer(*target, *([] if exists else [str((error.get("loc") or ("",))[-1])]))
                raise SpecError(file, where, f"openapi-python-client cannot read the document: {message}")
            chosen.setdefault(target, message)
        for target in sorted(chosen, key=_sort_key, reverse=True):
            _remove(doc, target)
            findings.append(
                Finding(pointer(*target), f"openapi-python-client cannot read it: {chosen[target]}", "removed")
            )
    raise SpecError(file, "/", "openapi-python-client cannot read the document (too many refused parts)")
