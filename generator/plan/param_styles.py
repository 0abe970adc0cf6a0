"""How each parameter is serialised: its OpenAPI `style`, `explode` and `allowReserved`, decided once, as typed facts.

The runtime's encoder (`_core/_encode.py`, one table of styles) does the serialising; the plan decides which
row each parameter uses and writes it into the generated call as a `ParamStyle(...)` expression, only where
it differs from the location's default (query and cookie: `form`, explode; path and header: `simple`, no
explode). Swagger 2.0 `collectionFormat` arrives here already converted to `style`/`explode` by the load
stage (generator/swagger2.py), with `x-collectionFormat` kept where no style expresses it.

What the table cannot express is a warning naming the parameter's JSON pointer, never silence:
a style the location does not allow (sent in the location's default), `deepObject` on a non-object or with
`explode: false`, `spaceDelimited`/`pipeDelimited` exploded (sent repeated, as `form`), arrays of objects or
arrays (items sent as JSON text), `allowReserved` (kept literally except `&` `=` `#` `+`), a Swagger
`collectionFormat` with no style (`tsv`; `ssv`/`pipes`/`multi` outside the query), and parameters described
by `content` instead of `schema` (which openapi-python-client leaves out of the method).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from generator.errors import pointer
from generator.refs import resolve

Style = Literal["form", "spaceDelimited", "pipeDelimited", "deepObject", "simple", "label", "matrix"]
Shape = Literal["primitive", "array", "object", "unknown"]

ALLOWED: dict[str, tuple[Style, ...]] = {
    "path": ("simple", "label", "matrix"),
    "query": ("form", "spaceDelimited", "pipeDelimited", "deepObject"),
    "header": ("simple",),
    "cookie": ("form",),
}
_DEFAULT: dict[str, Style] = {"path": "simple", "query": "form", "header": "simple", "cookie": "form"}


@dataclass(frozen=True)
class Serialization:
    """One parameter's row of the style table."""

    style: Style
    explode: bool
    allow_reserved: bool = False

    @classmethod
    def default(cls, location: str) -> Serialization:
        style = _DEFAULT.get(location, "form")
        return cls(style, explode=style == "form")

    def expression(self, location: str) -> str | None:
        """`ParamStyle(...)` for the generated call; None when this is the location's default."""
        if self == Serialization.default(location):
            return None
        arguments = [f'"{self.style}"', f"explode={self.explode}"]
        if self.allow_reserved:
            arguments.append("allow_reserved=True")
        return f"ParamStyle({', '.join(arguments)})"


@dataclass(frozen=True)
class RawParameter:
    """A parameter as the spec declares it, with the JSON pointer it is declared at."""

    node: dict[str, Any]
    where: str


def raw_parameters(doc: dict[str, Any], path: str, method: str) -> list[RawParameter]:
    """The operation's parameters, operation-level first (they override path-level ones of the same name and
    location), each resolved through `$ref` and with the pointer of its declaration."""
    item = (doc.get("paths") or {}).get(path)
    if not isinstance(item, dict):
        return []
    found: list[RawParameter] = []
    seen: set[tuple[str, str]] = set()
    op = item.get(method)
    for at, params in (((path, method), (op or {}).get("parameters")), ((path,), item.get("parameters"))):
        for i, raw in enumerate(params or [] if isinstance(params, list) else []):
            node = resolve(doc, raw)
            if not isinstance(node, dict):
                continue
            key = (str(node.get("in")), str(node.get("name")))
            if key not in seen:
                seen.add(key)
                found.append(RawParameter(node, pointer("paths", *at, "parameters", i)))
    return found


def _shape(doc: dict[str, Any], schema: Any, depth: int = 0) -> Shape:
    schema = resolve(doc, schema)
    if not isinstance(schema, dict) or depth > 10:
        return "unknown"
    kind = schema.get("type")
    if isinstance(kind, list):  # OpenAPI 3.1: ["array", "null"]
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if len(kinds) == 1 else None
    if kind == "array" or "items" in schema:
        return "array"
    if kind == "object" or "properties" in schema or "additionalProperties" in schema:
        return "object"
    if kind in ("string", "integer", "number", "boolean"):
        return "primitive"
    for key in ("allOf", "oneOf", "anyOf"):
        parts = schema.get(key)
        if isinstance(parts, list) and parts:
            shapes = {_shape(doc, part, depth + 1) for part in parts}
            return shapes.pop() if len(shapes) == 1 else "unknown"
    return "unknown"


def plan_serialization(doc: dict[str, Any], raw: RawParameter, location: str) -> tuple[Serialization, list[str]]:
    """The parameter's style, explode and allowReserved, and a warning for each thing the table cannot express."""
    node, where = raw.node, raw.where
    name = node.get("name")
    warnings: list[str] = []
    default = Serialization.default(location)
    style = node.get("style", default.style)
    if style not in ALLOWED.get(location, ()):
        warnings.append(
            f"{where}/style: parameter {name!r} in {location} cannot use style {style!r} "
            f"(allowed: {', '.join(ALLOWED.get(location, ()))}); sent as {default.style}"
        )
        style = default.style
    # `explode` defaults to true for form only; deepObject is defined exploded only, so an absent `explode` there
    # means the one form the table has (what every spec writing `style: deepObject` means).
    explode = node.get("explode")
    explode = explode if isinstance(explode, bool) else style in ("form", "deepObject")
    allow_reserved = location == "query" and node.get("allowReserved") is True
    shape = _shape(doc, node.get("schema"))
    if style == "deepObject" and shape in ("primitive", "array"):
        warnings.append(f"{where}/style: deepObject defines objects only; {shape} parameter {name!r} sent as form")
    if style == "deepObject" and not explode:
        warnings.append(f"{where}/explode: deepObject is defined with explode: true only; {name!r} sent exploded")
    if style in ("spaceDelimited", "pipeDelimited") and explode and shape != "primitive":
        warnings.append(
            f"{where}/explode: {style} defines no exploded form; {name!r} sent as repeated {name}=value (form)"
        )
    items = resolve(doc, (resolve(doc, node.get("schema")) or {}).get("items")) if shape == "array" else None
    if items is not None and _shape(doc, items) in ("array", "object"):
        warnings.append(f"{where}/schema/items: no style serialises nested values; items of {name!r} sent as JSON")
    if allow_reserved:
        warnings.append(
            f"{where}/allowReserved: reserved characters of {name!r} are sent unencoded except & = # + "
            "(they would end the value or change its meaning)"
        )
    collection_format = node.get("x-collectionFormat")
    if isinstance(collection_format, str):
        warnings.append(
            f"{where}: Swagger collectionFormat {collection_format!r} of {name!r} has no OpenAPI 3 style in "
            f"{location}; sent as {style}" + (", explode" if explode else ", comma-separated")
        )
    return Serialization(style, explode, allow_reserved), warnings


def content_parameter_warnings(doc: dict[str, Any], path: str, method: str) -> list[str]:
    """Parameters described by `content` (a media type) instead of `schema`: the method does not take them."""
    return [
        f"{raw.where}/content: parameter {raw.node.get('name')!r} is described by a media type, not a schema; "
        "the generated method does not take it (pass it with request_options)"
        for raw in raw_parameters(doc, path, method)
        if "schema" not in raw.node and isinstance(raw.node.get("content"), dict)
    ]
