"""What the docs read from the raw (normalized) spec: the examples, defaults and formats that
openapi-python-client's parsed properties do not keep (it stores an `example` as a string and drops
parameter-level `examples`, media-type examples and the order of enum values)."""

from __future__ import annotations

import enum
from typing import Any, Final

from generator import refs
from generator.plan.model import Operation, Param, SdkPlan

# A raw spec node: whatever YAML/JSON gave (dict, list, str, number, bool, None, a YAML date).
Json = Any


class _Missing(enum.Enum):
    NO_VALUE = 0


NO_VALUE: Final = _Missing.NO_VALUE  # "the spec gives nothing here" (None is a value: JSON null)


def resolve(doc: dict[str, Any], node: Json) -> Json:
    """Follow local `$ref`s; a dangling one gives `{}` (the docs only read)."""
    return refs.resolve(doc, node, empty_if_missing=True)


def first_example(node: Json) -> Json:
    """`example`, else the first of `examples` (a list, or OpenAPI's map of Example objects), else NO_VALUE."""
    if not isinstance(node, dict):
        return NO_VALUE
    if "example" in node and node["example"] is not None:
        return node["example"]
    examples = node.get("examples")
    if isinstance(examples, list) and examples:
        return examples[0]
    if isinstance(examples, dict):
        for value in examples.values():
            if isinstance(value, dict) and "value" in value:
                return value["value"]
    return NO_VALUE


class SpecReader:
    """Reads one plan's raw spec for the docs; the enum orders are computed once, on first use."""

    def __init__(self, plan: SdkPlan) -> None:
        self.plan = plan
        self.doc: dict[str, Any] = plan.spec
        self._enum_orders: dict[frozenset[Json], list[Json]] | None = None

    def resolve(self, node: Json) -> Json:
        return resolve(self.doc, node)

    def operation(self, op: Operation) -> tuple[dict[str, Any], dict[str, Any]]:
        """The raw path item and operation object of `op` (empty dicts when the spec is not at hand)."""
        path_item = (self.doc.get("paths") or {}).get(op.path) or {}
        path_item = self.resolve(path_item) if isinstance(path_item, dict) else {}
        raw_op = path_item.get(op.method) if isinstance(path_item, dict) else None
        return path_item, raw_op if isinstance(raw_op, dict) else {}

    def tags(self, op: Operation) -> list[str]:
        return [str(t) for t in self.operation(op)[1].get("tags") or []]

    def _param(self, op: Operation, param: Param) -> dict[str, Any] | None:
        """The raw parameter object (operation level overrides path level)."""
        path_item, raw_op = self.operation(op)
        for raw in reversed([*(path_item.get("parameters") or []), *(raw_op.get("parameters") or [])]):
            raw = self.resolve(raw)
            if isinstance(raw, dict) and raw.get("in") == param.location and raw.get("name") == param.wire_name:
                return raw
        return None

    def param_example(self, op: Operation, param: Param, *, defaults: bool = True) -> Json:
        """The example (or, with `defaults`, the default) the spec gives for one parameter, or NO_VALUE."""
        raw = self._param(op, param)
        if raw is None:
            return NO_VALUE
        found = first_example(raw)
        if found is not NO_VALUE:
            return found
        schema = self.resolve(raw.get("schema") or {})
        found = first_example(schema)
        if found is not NO_VALUE:
            return found
        if defaults and isinstance(schema, dict) and schema.get("default") is not None:
            return schema["default"]
        return NO_VALUE

    def param_format(self, op: Operation, param: Param) -> str | None:
        """The `format` of a parameter's schema."""
        raw = self._param(op, param)
        if raw is None:
            return None
        schema = self.resolve(raw.get("schema") or {})
        return str(schema.get("format")) if isinstance(schema, dict) and schema.get("format") else None

    def _body_media(self, op: Operation) -> dict[str, Any]:
        if op.body is None:
            return {}
        body = self.resolve(self.operation(op)[1].get("requestBody") or {})
        key = op.body.content_key or op.body.content_type  # a text body's key may differ from its declared type
        media = ((body.get("content") or {}).get(key) or {}) if isinstance(body, dict) else {}
        return media if isinstance(media, dict) else {}

    def body_field_formats(self, op: Operation) -> dict[str, str]:
        """wire name -> `format` of the request body schema's top-level properties."""
        schema = self.resolve(self._body_media(op).get("schema") or {})
        parts = [schema, *(schema.get("allOf") or [])] if isinstance(schema, dict) else []
        out: dict[str, str] = {}
        for part in parts:
            part = self.resolve(part)
            for name, prop in ((part.get("properties") or {}) if isinstance(part, dict) else {}).items():
                prop = self.resolve(prop)
                if isinstance(prop, dict) and prop.get("format"):
                    out[str(name)] = str(prop["format"])
        return out

    def body_example(self, op: Operation) -> Json:
        """The example the spec gives for the whole request body (media type or schema level), or NO_VALUE."""
        if op.body is None:
            return NO_VALUE
        media = self._body_media(op)
        found = first_example(media)
        if found is not NO_VALUE:
            return found
        return first_example(self.resolve(media.get("schema") or {}))

    @property
    def enum_orders(self) -> dict[frozenset[Json], list[Json]]:
        if self._enum_orders is None:
            self._enum_orders = enum_orders(self.doc)
        return self._enum_orders


def enum_orders(doc: Json) -> dict[frozenset[Json], list[Json]]:
    """Every `enum` list of the spec, keyed by its set of values (first one seen wins)."""
    out: dict[frozenset[Json], list[Json]] = {}
    stack = [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            values = node.get("enum")
            if isinstance(values, list):
                try:
                    key = frozenset(v for v in values if v is not None)
                except TypeError:
                    key = None
                if key is not None and key not in out:
                    out[key] = [v for v in values if v is not None]
            stack.extend(reversed(list(node.values())))
        elif isinstance(node, list):
            stack.extend(reversed(node))
    return out
