"""What an argument's annotation accepts beyond the parser's type, and how the SDK turns a plain value into it.

Model-typed arguments (a model, a union of models, a list of either) also take plain dicts; uploads
take bytes, an open binary file or a path; `UUID` parameters take a string; array headers take a
list. The annotation strings are openapi-python-client's (`parsed.type_string`), widened here; the
runtime's `as_model` / `as_file` do the conversion the `Coercion` names.
"""

from __future__ import annotations

from openapi_python_client.parser.properties import ModelProperty, Property
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.parser.properties.union import UnionProperty

from generator.plan.model import Coercion


def model_class(prop: Property) -> str | None:
    return str(prop.class_info.name) if isinstance(prop, ModelProperty) else None


def model_classes(prop: PropertyProtocol) -> list[str]:
    """The model classes a value of this property may be: the model, or a union's models, in spec order."""
    if isinstance(prop, ModelProperty):
        return [str(prop.class_info.name)]
    if isinstance(prop, UnionProperty):
        return [c for inner in prop.inner_properties for c in model_classes(inner)]
    return []


def is_file(prop: PropertyProtocol) -> bool:
    if isinstance(prop, UnionProperty):
        return any(is_file(inner) for inner in prop.inner_properties)
    return isinstance(prop, FileProperty)


def coerce_kind(prop: Property) -> tuple[Coercion, str] | None:
    """How a plain value becomes the field's type: a dict for a model (or for one of a union's models),
    alone ("model") or in a list ("list"), with the class expression; bytes / a path / an open file
    for a `File`, alone ("file") or in a list ("files")."""
    if is_file(prop):
        return ("file", "File")
    if isinstance(prop, ListProperty) and is_file(prop.inner_property):
        return ("files", "File")
    inner = prop.inner_property if isinstance(prop, ListProperty) else prop
    classes = model_classes(inner)
    if not classes:
        return None
    expression = classes[0] if len(classes) == 1 else "(" + ", ".join(classes) + ")"
    return ("list" if isinstance(prop, ListProperty) else "model", expression)


_UPLOAD = "File | bytes | IO[bytes] | os.PathLike[str]"


def _union_parts(type_string: str) -> list[str]:
    """The top-level members of a `A | B[C | D] | None` annotation."""
    parts: list[str] = []
    depth, start = 0, 0
    for i, char in enumerate(type_string):
        depth += char == "["
        depth -= char == "]"
        if char == "|" and depth == 0:
            parts.append(type_string[start:i].strip())
            start = i + 1
    parts.append(type_string[start:].strip())
    return parts


def _with_mapping(parts: list[str], classes: set[str]) -> list[str]:
    """`Mapping[str, Any]` added after the last model class of a union."""
    last = max((i for i, part in enumerate(parts) if part in classes), default=None)
    if last is None:
        return parts
    return [*parts[: last + 1], "Mapping[str, Any]", *parts[last + 1 :]]


def accept_mappings(prop: Property, type_string: str) -> str:
    """Arguments typed with a model (or a union of models, or a list of either) also take plain dicts
    (`data={"name": ...}`, `instructions=[{"kind": ...}]`); uploads also take bytes, an open binary file
    or a path. The rest of the annotation (`| None`, `| Unset`) is kept."""
    kind = coerce_kind(prop)
    if kind is None:
        return type_string
    classes = {c.strip() for c in kind[1].strip("()").split(",")}
    out: list[str] = []
    for part in _union_parts(type_string):
        if kind[0] == "file" and part == "File":
            out.append(_UPLOAD)
        elif kind[0] in ("files", "list") and part.startswith("list[") and part.endswith("]"):
            inner = _union_parts(part[5:-1])
            inner = (
                [_UPLOAD if p == "File" else p for p in inner] if kind[0] == "files" else _with_mapping(inner, classes)
            )
            out.append("Sequence[" + " | ".join(inner) + "]")
        else:
            out.append(part)
    if kind[0] == "model":
        out = _with_mapping(out, classes)
    return " | ".join(out)


def required_type(type_string: str, required: bool) -> str:
    """A field the caller must pass is not typed `| Unset`."""
    if not required:
        return type_string
    return " | ".join(p for p in (part.strip() for part in type_string.split("|")) if p != "Unset")


_PYTHON_ITEM_TYPES = {"integer": "int", "number": "float", "boolean": "bool"}


def accept_header_list(type_string: str, items: object) -> str:
    """An array header (a string for the parser: normalize.headers) also takes a list, which the runtime
    joins by the header's style: `str | list[int] | Unset`."""
    if not isinstance(items, str):
        return type_string
    listed = f"list[{_PYTHON_ITEM_TYPES.get(items, 'str')}]"
    return " | ".join(f"str | {listed}" if part == "str" else part for part in type_string.split(" | "))


def accept_str_for_uuid(type_string: str) -> str:
    """Path, query and header parameters typed `UUID` also take the id as a string, as users hold it."""
    parts = [p.strip() for p in type_string.split("|")]
    if "UUID" in parts and "str" not in parts:
        parts.insert(parts.index("UUID"), "str")
    return " | ".join(parts)
