"""Reading what the plan starts from: openapi-python-client's parsed values, the normalized spec and
the list sections of sdk.yaml.

The parser wraps spec strings in `UntrustedString` and may format an object's repr into a message;
`text` gives the plain string either way. `type_string` is a property's annotation as the generated
code spells it, `resolve` follows a local `$ref` in the spec (an empty mapping when it is missing).
`config_entries` walks a list section of sdk.yaml (`lro`, `pagination`, `content_types`, ...) whose
entries must be mappings, naming each entry's key (`lro[0]`) for error messages.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from typing import Any

import attr
from openapi_python_client.parser.properties import Property
from openapi_python_client.strings import PythonIdentifier

from generator.errors import ConfigError
from generator.refs import resolve as _resolve_ref

_OBJECT_REPR = re.compile(r"<[\w.]+ object at 0x[0-9a-f]+>")


def text(value: object) -> str:
    """Plain text of a spec string or a parser message; object reprs (with memory addresses) never leak."""
    if value is None:
        return ""
    getter = getattr(value, "get_untrusted_value", None)
    return _OBJECT_REPR.sub("<value>", str(getter() if getter else value))


def type_string(prop: Property, *, no_optional: bool = False) -> str:
    """The property's annotation as generated code writes it (`Pet | Unset`)."""
    return str(prop.get_type_string(no_optional=no_optional).as_unembedded_code())


def renamed(prop: Property, new_name: str) -> Property:
    """The property under another Python name (the wire name is kept)."""
    return attr.evolve(prop, python_name=PythonIdentifier(new_name, prefix="field_"))


def resolve(doc: dict[str, Any], node: object) -> Any:
    """`node`, or what its local `$ref` points to; `{}` for a ref to nothing."""
    return _resolve_ref(doc, node, empty_if_missing=True)


def path_shape(path: str) -> str:
    """The path with parameter names blanked: openapi-python-client rewrites them to Python names."""
    return re.sub(r"\{[^}]*\}", "{}", path)


def config_entries(
    file: str, section: str, raw: object, shape: str, known: Collection[str] = ()
) -> Iterator[tuple[str, dict[str, Any]]]:
    """(`section[i]`, entry) for each entry of an sdk.yaml list section; nothing when it is absent.

    A section that is not a list, an entry that is not a mapping, or (with `known`) an entry with a
    key outside `known` is a `ConfigError` naming the key and the expected `shape`
    (`"{method, path, style, ...}"`).
    """
    if raw is None:
        return
    if not isinstance(raw, list):
        raise ConfigError(file, section, f"expected a list of {shape}")
    for i, item in enumerate(raw):
        key = f"{section}[{i}]"
        if not isinstance(item, dict):
            raise ConfigError(file, key, f"expected a mapping {shape}")
        unknown = sorted(set(item) - set(known)) if known else []
        if unknown:
            raise ConfigError(file, f"{key}.{unknown[0]}", "unknown key (known: " + ", ".join(sorted(known)) + ")")
        yield key, item
