"""Schema names never shadow the SDK's own names (issue 14 §7).

A generated module imports runtime names (`File`, `Unset`, `UNSET`, `RequestOptions`, `ApiError`,
`SyncPager`, ...), typing names it uses unqualified (`Any`, `IO`, `Literal`, `TypeVar`, ...) and the
models it needs, all into one namespace: a component schema whose class name is one of those names
would silently replace it (a `File` schema returned by an upload made the SDK parse the response with
the model where the runtime's `File` was meant). Such a schema is renamed deterministically to
`<Name>Model` (then `<Name>Model2`, ...), every `$ref` follows, and the rename is a warning.

The reserved names are derived, not listed by hand: every name imported by a `from X import ...` line
of our templates (templates/) and of openapi-python-client's model templates they extend (its
`model.py.jinja` imports `Generator`: a schema named Generator redefined it), every name a runtime module exports (`__all__` of generator/runtime),
the client, async client and environment class names of this SDK, and the few names
openapi-python-client's property code imports into model modules (`_PARSER_IMPORTS`, which live in its
Python, not in a template). tests/corpus/test_reserved_names.py checks the result against the imports
of a generated SDK, so a new template import cannot slip past.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import cache
from pathlib import Path
from typing import Any

from generator.errors import pointer
from generator.normalize import Change
from generator.normalize.schema_names import FIELD_PREFIX, rewrite_refs

# Imported into model modules by openapi-python-client's property classes (`get_imports`), not by a template.
_PARSER_IMPORTS = frozenset({"Any", "TypeVar", "BinaryIO", "TextIO", "TYPE_CHECKING", "BytesIO", "UUID", "File",
                             "FileTypes", "Unset", "UNSET", "Literal", "Self"})  # fmt: skip
_IMPORT_LINE = re.compile(r"^\s*from\s+[\w.]+\s+import\s+\(?([\w\s,]+?)\)?\s*(?:#.*)?$")
_PREFIX = "#/components/schemas/"
SUFFIX = "Model"


@cache
def _template_and_runtime_names(templates: Path) -> frozenset[str]:
    import openapi_python_client

    names: set[str] = set(_PARSER_IMPORTS)
    theirs = Path(openapi_python_client.__file__).parent / "templates"  # the model templates ours extend
    extended = [theirs / "model.py.jinja", *sorted((theirs / "property_templates").glob("*.jinja"))]
    for template in [*sorted(templates.rglob("*.jinja")), *extended]:
        for line in template.read_text(encoding="utf-8").splitlines():
            match = _IMPORT_LINE.match(line)
            if match is None:
                continue
            for part in match.group(1).split(","):
                words = part.split()
                if words:
                    names.add(words[-1])  # `define as _attrs_define` binds `_attrs_define`
    import generator.runtime as runtime

    for info in pkgutil.iter_modules(runtime.__path__):
        module = importlib.import_module(f"generator.runtime.{info.name}")
        names.update(str(name) for name in getattr(module, "__all__", ()))
    return frozenset(names)


def reserved_names(templates: Path, client: str, async_client: str) -> frozenset[str]:
    """Every name a generated module may bind besides its models."""
    return _template_and_runtime_names(templates) | {client, async_client, client + "Environment"}


def rename_reserved_schemas(doc: dict[str, Any], reserved: frozenset[str]) -> list[Change]:
    """Rename each component schema whose class name (its title, else its key) is a reserved name."""
    from openapi_python_client.strings import ClassName, PythonIdentifier

    schemas = (doc.get("components") or {}).get("schemas")
    if not isinstance(schemas, dict):
        return []

    def class_name(text: str) -> str:
        return str(ClassName(text, FIELD_PREFIX))

    def module(text: str) -> str:
        return str(PythonIdentifier(class_name(text), FIELD_PREFIX))

    def title_of(schema: Any) -> str | None:
        title = schema.get("title") if isinstance(schema, dict) else None
        return title if isinstance(title, str) else None

    taken = {class_name(title_of(s) or str(k)) for k, s in schemas.items()} | set(reserved)
    modules = {module(title_of(s) or str(k)) for k, s in schemas.items()}  # `UNSETModel`, `UnsetModel`: one module
    renames: dict[str, str] = {}
    changes: list[Change] = []
    for key, schema in schemas.items():
        title = title_of(schema)
        old = class_name(title or str(key))
        if old not in reserved:
            continue
        n = 1
        while (
            class_name(f"{title or key}{SUFFIX}{n if n > 1 else ''}") in taken
            or module(f"{title or key}{SUFFIX}{n if n > 1 else ''}") in modules
            or (not title and f"{key}{SUFFIX}{n if n > 1 else ''}" in schemas)
        ):
            n += 1
        new = f"{title or key}{SUFFIX}{n if n > 1 else ''}"
        taken.add(class_name(new))
        modules.add(module(new))
        where = pointer("components", "schemas", key)
        detail = f"class name {old} is a name the SDK's modules import; model renamed {class_name(new)}"
        if title:
            schema["title"] = new
            changes.append(Change("rename_reserved_schemas", where + "/title", detail))
        else:
            renames[str(key)] = new
            changes.append(Change("rename_reserved_schemas", where, detail))
    if renames:
        rebuilt = {renames.get(str(k), k): v for k, v in schemas.items()}
        schemas.clear()
        schemas.update(rebuilt)
        rewrite_refs(doc, renames)
    return changes
