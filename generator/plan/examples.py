"""Example values for generated documentation, and everything the docs templates place.

Two kinds of example:

* `ExampleBuilder` turns an openapi-python-client Property (plus the raw spec's `example`,
  `examples` and `default`) into a Python expression for an SDK argument: always Python syntax
  (`True`, `None`, `datetime.datetime(...)`, `Book(title=...)`), never JSON, and deterministic.
* `sample_json` turns a raw spec schema into a JSON value a server could answer with (used by the
  docs tests' local server; only required properties, so it parses with the generated models).

`docs_context` collects, per operation, the call signature, the sync and async usage snippets,
parameters, body, return type, errors and marks, and per model its fields, for README.md,
reference.md and models.md.
"""

from __future__ import annotations

import ast
import datetime
import re
import sys
from dataclasses import dataclass, field
from typing import Any

from generator import refs
from generator.plan import docs
from generator.plan.error_table import error_class, error_rows
from generator.plan.model import Operation, Param, SdkPlan

FIXED_UUID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
FIXED_DATETIME = datetime.datetime(2024, 1, 15, 9, 30, tzinfo=datetime.UTC)
FIXED_DATE = datetime.date(2024, 1, 15)
FIXED_DATETIME_ISO = "2024-01-15T09:30:00Z"
FIXED_DATE_ISO = "2024-01-15"
MAX_DEPTH = 5
_NO_VALUE = object()


# --------------------------------------------------------------------------------------------------
# Raw spec helpers


def resolve(doc: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s; a dangling one gives `{}` (example building only reads)."""
    return refs.resolve(doc, node, empty_if_missing=True)


def _first_example(node: Any) -> Any:
    """`example`, else the first of `examples` (a list, or OpenAPI's map of Example objects), else no value."""
    if not isinstance(node, dict):
        return _NO_VALUE
    if "example" in node and node["example"] is not None:
        return node["example"]
    examples = node.get("examples")
    if isinstance(examples, list) and examples:
        return examples[0]
    if isinstance(examples, dict):
        for value in examples.values():
            if isinstance(value, dict) and "value" in value:
                return value["value"]
    return _NO_VALUE


def raw_operation(plan: SdkPlan, op: Operation) -> tuple[dict[str, Any], dict[str, Any]]:
    """The raw path item and operation object of `op` (empty dicts when the spec is not at hand)."""
    path_item = (plan.spec.get("paths") or {}).get(op.path) or {}
    path_item = resolve(plan.spec, path_item) if isinstance(path_item, dict) else {}
    raw_op = path_item.get(op.method) if isinstance(path_item, dict) else None
    return path_item, raw_op if isinstance(raw_op, dict) else {}


def raw_param_example(plan: SdkPlan, op: Operation, param: Param, *, defaults: bool = True) -> Any:
    """The example (or default) the spec gives for one parameter, or `_NO_VALUE`."""
    path_item, raw_op = raw_operation(plan, op)
    raws = [*(path_item.get("parameters") or []), *(raw_op.get("parameters") or [])]
    for raw in reversed(raws):
        raw = resolve(plan.spec, raw)
        if not isinstance(raw, dict) or raw.get("in") != param.location or raw.get("name") != param.wire_name:
            continue
        found = _first_example(raw)
        if found is not _NO_VALUE:
            return found
        schema = resolve(plan.spec, raw.get("schema") or {})
        found = _first_example(schema)
        if found is not _NO_VALUE:
            return found
        if defaults and isinstance(schema, dict) and schema.get("default") is not None:
            return schema["default"]
        return _NO_VALUE
    return _NO_VALUE


def raw_param_format(plan: SdkPlan, op: Operation, param: Param) -> str | None:
    """The `format` of a parameter's schema in the spec."""
    path_item, raw_op = raw_operation(plan, op)
    for raw in reversed([*(path_item.get("parameters") or []), *(raw_op.get("parameters") or [])]):
        raw = resolve(plan.spec, raw)
        if isinstance(raw, dict) and raw.get("in") == param.location and raw.get("name") == param.wire_name:
            schema = resolve(plan.spec, raw.get("schema") or {})
            return str(schema.get("format")) if isinstance(schema, dict) and schema.get("format") else None
    return None


def raw_body_field_formats(plan: SdkPlan, op: Operation) -> dict[str, str]:
    """wire name -> `format` of the request body schema's top-level properties."""
    if op.body is None:
        return {}
    _, raw_op = raw_operation(plan, op)
    body = resolve(plan.spec, raw_op.get("requestBody") or {})
    media = ((body.get("content") or {}).get(op.body.content_type) or {}) if isinstance(body, dict) else {}
    schema = resolve(plan.spec, media.get("schema") or {})
    parts = [schema, *(schema.get("allOf") or [])] if isinstance(schema, dict) else []
    out: dict[str, str] = {}
    for part in parts:
        part = resolve(plan.spec, part)
        for name, prop in ((part.get("properties") or {}) if isinstance(part, dict) else {}).items():
            prop = resolve(plan.spec, prop)
            if isinstance(prop, dict) and prop.get("format"):
                out[str(name)] = str(prop["format"])
    return out


def enum_orders(doc: Any) -> dict[frozenset[Any], list[Any]]:
    """Every `enum` list of the spec, keyed by its set of values (first one seen wins)."""
    out: dict[frozenset[Any], list[Any]] = {}
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


def raw_body_example(plan: SdkPlan, op: Operation) -> Any:
    """The example the spec gives for the whole request body (media type or schema level), or `_NO_VALUE`."""
    if op.body is None:
        return _NO_VALUE
    _, raw_op = raw_operation(plan, op)
    body = resolve(plan.spec, raw_op.get("requestBody") or {})
    media = ((body.get("content") or {}).get(op.body.content_type) or {}) if isinstance(body, dict) else {}
    found = _first_example(media)
    if found is not _NO_VALUE:
        return found
    return _first_example(resolve(plan.spec, media.get("schema") or {}))


# --------------------------------------------------------------------------------------------------
# Python literals for SDK arguments


def _kind(prop: Any) -> str:
    """openapi-python-client's property class name (of the base class for our subclasses, e.g. inline literals)."""
    return str(next(c.__name__ for c in type(prop).__mro__ if c.__module__.startswith("openapi_python_client")))


def _words(name: str) -> list[str]:
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return [w for w in re.split(r"[^A-Za-z0-9]+", name.lower()) if w]


def string_for_name(name: str, fmt: str | None = None) -> str:
    """A realistic, deterministic string for a field or parameter called `name`."""
    fmt = (fmt or "").lower()
    words = _words(name) or ["value"]
    last = words[-1]
    if fmt == "email" or "email" in words:
        return "user@example.com"
    if fmt in ("uri", "url", "uri-reference") or last in ("url", "uri", "link", "href", "website", "homepage"):
        return "https://example.com"
    if fmt == "uuid":
        return FIXED_UUID
    if fmt == "date-time":
        return FIXED_DATETIME_ISO
    if fmt == "date":
        return FIXED_DATE_ISO
    if fmt == "password" or last in ("password", "secret"):
        return "s3cr3t-passw0rd"
    if fmt in ("byte", "base64"):
        return "ZXhhbXBsZQ=="
    if last == "id" or last == "ids":
        stem = "_".join(words[:-1]) or "item"
        return f"{stem}_123"
    if last == "key":
        stem = "-".join(words[:-1]) or "example"
        return f"my-{stem}"
    if last in ("name", "title"):
        return "Example " + (" ".join(words[:-1]) or "name")
    if last in ("username", "login", "user", "owner", "author"):
        return "jdoe"
    if last == "slug":
        return "my-" + ("-".join(words[:-1]) or "item")
    if last == "emoji":
        return ":thumbsup:"
    if last in ("description", "comment", "message", "summary", "text", "note", "notes", "body", "content", "readme"):
        return "An example " + " ".join(words)
    if last in ("query", "q", "search", "filter"):
        return "example"
    if last == "type" and len(words) > 1 and words[-2] in ("media", "mime", "content"):
        return "image/png"
    if last in ("color", "colour"):
        return "#336699"
    if last in ("cursor", "after", "before", "token"):
        return "abc123"
    return "example-" + "-".join(words)


def _fmt_datetime(value: datetime.datetime) -> str:
    parts = [value.year, value.month, value.day, value.hour, value.minute]
    if value.second or value.microsecond:
        parts.append(value.second)
    if value.microsecond:
        parts.append(value.microsecond)
    args = ", ".join(str(p) for p in parts)
    if value.tzinfo is not None:
        offset = value.utcoffset() or datetime.timedelta(0)
        if offset == datetime.timedelta(0):
            return f"datetime.datetime({args}, tzinfo=datetime.timezone.utc)"
        minutes = int(offset.total_seconds() // 60)
        return f"datetime.datetime({args}, tzinfo=datetime.timezone(datetime.timedelta(minutes={minutes})))"
    return f"datetime.datetime({args})"


def _as_datetime(value: Any) -> datetime.datetime | None:
    if isinstance(value, datetime.datetime):
        return value
    if isinstance(value, datetime.date):
        return datetime.datetime(value.year, value.month, value.day, tzinfo=datetime.UTC)
    if isinstance(value, str):
        try:
            return datetime.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    return None


def _as_date(value: Any) -> datetime.date | None:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def _from_untrusted(prop: Any) -> Any:
    """openapi-python-client keeps a schema's `example` as `str(example)`; recover the value."""
    example = getattr(prop, "example", None)
    if example is None:
        return _NO_VALUE
    getter = getattr(example, "get_untrusted_value", None)
    text = str(getter() if getter else example)
    if _kind(prop) in ("StringProperty", "DateTimeProperty", "DateProperty", "UuidProperty"):
        return text
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return text


def _default_of(prop: Any) -> Any:
    default = getattr(prop, "default", None)
    if default is None:
        return _NO_VALUE
    raw = getattr(default, "raw_value", _NO_VALUE)
    return raw if raw is not None else _NO_VALUE


def _name_of(prop: Any) -> str:
    name = getattr(prop, "name", "") or ""
    getter = getattr(name, "get_untrusted_value", None)
    return str(getter() if getter else name)


@dataclass
class ExampleBuilder:
    """Builds Python expressions for SDK arguments; collects the imports they need."""

    package: str
    imports: set[str] = field(default_factory=set)
    models: dict[str, Any] = field(default_factory=dict)  # class name -> the fully built ModelProperty
    enum_orders: dict[frozenset[Any], list[Any]] = field(default_factory=dict)  # enum values in spec order

    def _model(self, class_name: str) -> str:
        self.imports.add(f"from {self.package}.models import {class_name}")
        return class_name

    def for_param(self, plan: SdkPlan, op: Operation, param: Param) -> str:
        raw = raw_param_example(plan, op, param)
        return self.value(param.prop, param.python_name, raw, fmt=raw_param_format(plan, op, param))

    def value(
        self,
        prop: Any,
        name: str = "",
        raw: Any = _NO_VALUE,
        depth: int = 0,
        stack: tuple[str, ...] = (),
        fmt: str | None = None,
    ) -> str:
        """A Python expression of `prop`'s type; `raw` is a spec example for it, `fmt` its schema's format."""
        if prop is None:
            return (
                _py_literal(raw) if raw is not _NO_VALUE and isinstance(raw, (str, int, float, bool)) else '"example"'
            )
        if raw is _NO_VALUE:
            raw = _from_untrusted(prop)
        if raw is _NO_VALUE:
            raw = _default_of(prop)
        kind = _kind(prop)
        name = name or _name_of(prop)
        if kind == "UnionProperty":
            return self._union(prop, name, raw, depth, stack, fmt)
        if kind == "NoneProperty":
            return "None"
        if kind == "ConstProperty":
            value = getattr(getattr(prop, "value", None), "raw_value", None)
            return _py_literal(value)
        if kind == "BooleanProperty":
            if isinstance(raw, bool):
                return repr(raw)
            if isinstance(raw, str) and raw.lower() in ("true", "false"):
                return repr(raw.lower() == "true")
            return "True"
        if kind == "IntProperty":
            try:
                if raw is not _NO_VALUE and not isinstance(raw, bool):
                    return repr(int(raw))
            except (TypeError, ValueError):
                pass
            return "1"
        if kind == "FloatProperty":
            try:
                if raw is not _NO_VALUE and not isinstance(raw, bool):
                    return repr(float(raw))
            except (TypeError, ValueError):
                pass
            return "1.5"
        if kind == "StringProperty":
            if isinstance(raw, (str, int, float)) and not isinstance(raw, bool):
                return pystr(str(raw))
            if isinstance(raw, (datetime.date, datetime.datetime)):
                return pystr(raw.isoformat())
            return pystr(string_for_name(name, fmt))
        if kind == "DateTimeProperty":
            self.imports.add("import datetime")
            return _fmt_datetime(_as_datetime(raw) or FIXED_DATETIME)
        if kind == "DateProperty":
            self.imports.add("import datetime")
            value = _as_date(raw) or FIXED_DATE
            return f"datetime.date({value.year}, {value.month}, {value.day})"
        if kind == "UuidProperty":
            self.imports.add("from uuid import UUID")
            text = (
                str(raw) if isinstance(raw, str) and re.fullmatch(r"[0-9a-fA-F-]{32,36}", raw.strip()) else FIXED_UUID
            )
            return f"UUID({pystr(text.strip())})"
        if kind == "FileProperty":
            self.imports.add("import io")
            self.imports.add(f"from {self.package}.types import File")
            return 'File(payload=io.BytesIO(b"example file contents"), file_name="example.txt")'
        if kind == "EnumProperty":
            values: dict[str, Any] = dict(getattr(prop, "values", {}) or {})
            cls = self._model(str(prop.class_info.name))
            for member, value in values.items():
                if raw is not _NO_VALUE and value == raw:
                    return f"{cls}.{member}"
            return f"{cls}.{next(iter(values))}" if values else "None"
        if kind == "LiteralEnumProperty":
            options = list(getattr(prop, "values", ()) or ())
            if raw is not _NO_VALUE and raw in options:
                return _py_literal(raw)
            ordered = self._literal_order(prop, options)
            return _py_literal(ordered[0]) if ordered else '""'
        if kind == "ListProperty":
            inner = prop.inner_property
            if isinstance(raw, list) and raw:
                items = [self.value(inner, name, item, depth + 1, stack) for item in raw[:3]]
            else:
                items = [self.value(inner, name, _NO_VALUE, depth + 1, stack)]
            return "[" + ", ".join(items) + "]"
        if kind == "ModelProperty":
            return self._model_value(prop, raw, depth, stack)
        # AnyProperty and anything unknown: a JSON-compatible Python value
        if raw is not _NO_VALUE:
            return _py_literal(raw)
        return pystr(string_for_name(name))

    def _literal_order(self, prop: Any, options: list[Any]) -> list[Any]:
        """Literal enum values in spec order (openapi-python-client keeps them in a set)."""
        data = getattr(prop, "data", None)
        enum = getattr(data, "enum", None) if data is not None else None
        if isinstance(enum, list):
            ordered = [v for v in enum if v in options]
            if ordered:
                return ordered
        known = self.enum_orders.get(frozenset(options))
        if known:
            return known
        return sorted(options, key=lambda v: (str(type(v)), str(v)))

    def _union(self, prop: Any, name: str, raw: Any, depth: int, stack: tuple[str, ...], fmt: str | None = None) -> str:
        inners = [p for p in prop.inner_properties if _kind(p) != "NoneProperty"]
        if not inners:
            return "None"
        if raw is None:
            return (
                "None"
                if len(inners) < len(prop.inner_properties)
                else self.value(inners[0], name, _NO_VALUE, depth, stack, fmt)
            )
        if raw is not _NO_VALUE:
            for inner in inners:
                if _fits(inner, raw):
                    return self.value(inner, name, raw, depth, stack, fmt)
        # prefer a model that is not on the recursion stack, then anything
        for inner in inners:
            if _kind(inner) == "ModelProperty" and str(inner.class_info.name) not in stack:
                return self.value(inner, name, _NO_VALUE, depth, stack, fmt)
        return self.value(inners[0], name, _NO_VALUE, depth, stack, fmt)

    def _model_value(self, prop: Any, raw: Any, depth: int, stack: tuple[str, ...]) -> str:
        cls_name = str(prop.class_info.name)
        if prop.required_properties is None and cls_name in self.models:  # a not-yet-built reference copy
            prop = self.models[cls_name]
        cls = self._model(cls_name)
        required = list(prop.required_properties or [])
        optional = list(prop.optional_properties or [])
        raw_dict = raw if isinstance(raw, dict) else {}
        args: list[str] = []
        if not required and not optional and isinstance(raw, dict) and raw:  # a mapping with free keys
            return f"{cls}.from_dict({_py_literal(raw)})"
        if depth >= MAX_DEPTH or cls_name in stack:
            if required:
                return f"{cls}.from_dict({_py_literal(sample_from_props(prop, 0))})"
            return f"{cls}()"
        for field_prop in required:
            wire = _name_of(field_prop)
            value = self.value(field_prop, wire, raw_dict.get(wire, _NO_VALUE), depth + 1, (*stack, cls_name))
            args.append(f"{field_prop.python_name}={value}")
        for field_prop in optional:  # optional fields only when the example shows them
            wire = _name_of(field_prop)
            if wire in raw_dict and raw_dict[wire] is not None and len(args) < 6:
                value = self.value(field_prop, wire, raw_dict[wire], depth + 1, (*stack, cls_name))
                args.append(f"{field_prop.python_name}={value}")
        return f"{cls}({', '.join(args)})"


def _fits(prop: Any, raw: Any) -> bool:
    kind = _kind(prop)
    if isinstance(raw, bool):
        return kind in ("BooleanProperty", "AnyProperty")
    if isinstance(raw, int):
        return kind in ("IntProperty", "FloatProperty", "AnyProperty")
    if isinstance(raw, float):
        return kind in ("FloatProperty", "AnyProperty")
    if isinstance(raw, (str, datetime.date)):
        if kind == "LiteralEnumProperty":
            return raw in (getattr(prop, "values", ()) or ())
        if kind == "EnumProperty":
            return raw in (getattr(prop, "values", {}) or {}).values()
        return kind in ("StringProperty", "DateTimeProperty", "DateProperty", "UuidProperty", "AnyProperty")
    if isinstance(raw, list):
        return kind == "ListProperty"
    if isinstance(raw, dict):
        return kind == "ModelProperty"
    return False


def pystr(text: str) -> str:
    """`repr` of a string, double-quoted when that needs no escaping (the style of the generated code)."""
    r = repr(text)
    if r.startswith("'") and '"' not in text:
        return '"' + r[1:-1].replace("\\'", "'") + '"'
    return r


def _py_literal(value: Any) -> str:
    """A Python literal for a JSON-like value (YAML dates become ISO strings)."""
    if isinstance(value, datetime.datetime):
        return pystr(value.isoformat().replace("+00:00", "Z"))
    if isinstance(value, datetime.date):
        return pystr(value.isoformat())
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_py_literal(str(k))}: {_py_literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_py_literal(v) for v in value) + "]"
    if isinstance(value, float) and value != value:  # NaN has no literal
        return "0.0"
    if isinstance(value, str):
        return pystr(value)
    if value is None or isinstance(value, (bool, int, float)):
        return repr(value)
    return pystr(str(value))


def sample_from_props(prop: Any, depth: int) -> Any:
    """A JSON value for a model property, required fields only (for `from_dict` at the recursion limit)."""
    kind = _kind(prop)
    if kind == "ModelProperty":
        if depth > MAX_DEPTH:
            return {}
        return {_name_of(p): sample_from_props(p, depth + 1) for p in (prop.required_properties or [])}
    if kind == "ListProperty":
        return []
    if kind == "UnionProperty":
        inners = [p for p in prop.inner_properties if _kind(p) != "NoneProperty"]
        return sample_from_props(inners[0], depth) if inners else None
    if kind == "IntProperty":
        return 1
    if kind == "FloatProperty":
        return 1.5
    if kind == "BooleanProperty":
        return True
    if kind == "DateTimeProperty":
        return FIXED_DATETIME_ISO
    if kind == "DateProperty":
        return FIXED_DATE_ISO
    if kind == "UuidProperty":
        return FIXED_UUID
    if kind == "LiteralEnumProperty":
        values = sorted(getattr(prop, "values", ()) or (), key=str)
        return values[0] if values else ""
    if kind == "EnumProperty":
        values = list((getattr(prop, "values", {}) or {}).values())
        return values[0] if values else ""
    return string_for_name(_name_of(prop))


# --------------------------------------------------------------------------------------------------
# JSON bodies from raw schemas (what a server answers)


def sample_json(doc: dict[str, Any], schema: Any, depth: int = 0, name: str = "") -> Any:
    """A JSON value valid for `schema`: required properties only, first enum/oneOf choice, fixed formats."""
    schema = resolve(doc, schema)
    if not isinstance(schema, dict) or depth > 12:
        return None
    if "const" in schema:
        return schema["const"]
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        values = [v for v in schema["enum"] if v is not None]
        return values[0] if values else None
    if isinstance(schema.get("allOf"), list):
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in schema["allOf"]:
            part = resolve(doc, part)
            if not isinstance(part, dict):
                continue
            if part.get("allOf") or part.get("oneOf") or part.get("anyOf"):
                value = sample_json(doc, part, depth + 1, name)
                if not isinstance(value, dict):
                    return value
                merged.setdefault("_extra", {}).update(value)
                continue
            if part.get("type") not in (None, "object") and not part.get("properties"):
                return sample_json(doc, part, depth + 1, name)
            merged["properties"].update(part.get("properties") or {})
            merged["required"].extend(part.get("required") or [])
        extra = merged.pop("_extra", {})
        rest = {k: v for k, v in schema.items() if k != "allOf"}
        merged["properties"].update(rest.get("properties") or {})
        merged["required"].extend(rest.get("required") or [])
        value = sample_json(doc, merged, depth + 1, name)
        return {**extra, **value} if isinstance(value, dict) else value
    for key in ("oneOf", "anyOf"):
        options = schema.get(key)
        if isinstance(options, list) and options:
            for option in options:
                resolved = resolve(doc, option)
                if isinstance(resolved, dict) and resolved.get("type") != "null":
                    return sample_json(doc, option, depth + 1, name)
            return None
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind is None:
        kind = "object" if "properties" in schema else ("array" if "items" in schema else None)
    fmt = str(schema.get("format") or "")
    example = schema.get("example")
    if kind == "object":
        required = schema.get("required") or []
        props = schema.get("properties") or {}
        return {key: sample_json(doc, props.get(key, {}), depth + 1, key) for key in required if key in props} | {
            key: "example" for key in required if key not in props
        }
    if kind == "array":
        return [sample_json(doc, schema.get("items") or {}, depth + 1, name)]
    if kind == "integer":
        return example if isinstance(example, int) and not isinstance(example, bool) else 1
    if kind == "number":
        return example if isinstance(example, (int, float)) and not isinstance(example, bool) else 1.5
    if kind == "boolean":
        return example if isinstance(example, bool) else True
    if kind == "string":
        if fmt == "date-time":
            return FIXED_DATETIME_ISO
        if fmt == "date":
            return FIXED_DATE_ISO
        if fmt == "uuid":
            return FIXED_UUID
        if fmt == "binary":
            return "binary"
        if isinstance(example, str):
            return example
        return string_for_name(name, fmt)
    return {}


# --------------------------------------------------------------------------------------------------
# Everything the docs templates place


def md_cell(value: object) -> str:
    """Text safe inside a Markdown table cell: one line, pipes escaped."""
    getter = getattr(value, "get_untrusted_value", None)  # allOf-merged descriptions stay UntrustedString
    text = " ".join(str((getter() if getter else value) or "").split())
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")


def md_text(value: object) -> str:
    """Free text from the spec for a Markdown paragraph: tags, code fences and headings neutralised."""
    getter = getattr(value, "get_untrusted_value", None)  # allOf-merged descriptions stay UntrustedString
    text = str((getter() if getter else value) or "").strip()
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    text = re.sub(r"`{3,}|~{3,}", lambda m: "".join("\\" + ch for ch in m.group(0)), text)
    return re.sub(r"(?m)^(\s*)(#|=+\s*$|-{3,}\s*$)", lambda m: m.group(1) + "\\" + m.group(2), text)


_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def display_type(type_string: str) -> str:
    """A type for reading: `| Unset` dropped (the required column says it)."""
    parts = [p.strip() for p in _split_union(type_string) if p.strip() not in ("Unset",)]
    return " | ".join(parts) or type_string


def _split_union(text: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for ch in text:
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        if ch == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    return parts


def link_type(type_string: str, models: set[str], target: str = "models.md") -> str:
    """Markdown for a type, each model name a link to its section; safe inside a table cell."""
    text = display_type(type_string)
    out: list[str] = []
    pos = 0
    for match in _IDENT.finditer(text):
        out.append(_escape_type(text[pos : match.start()]))
        word = match.group(0)
        if word in models:
            out.append(f"[`{word}`]({target}#{anchor(word)})")
        else:
            out.append(f"`{word}`")
        pos = match.end()
    out.append(_escape_type(text[pos:]))
    return "".join(out)


def _escape_type(text: str) -> str:
    return text.replace("|", "\\|").replace("[", "\\[").replace("]", "\\]")


def anchor(name: str) -> str:
    return name.lower()


@dataclass
class ParamDoc:
    name: str
    wire_name: str
    location: str
    type: str
    required: bool
    default: str
    description: str
    deprecated: bool = False


@dataclass
class OpDoc:
    op: Operation
    call: str  # client.shelves.get
    signature: str
    summary: str
    description: str
    sync_example: str
    async_example: str
    params: list[ParamDoc]
    body: dict[str, Any] | None
    returns: str
    paginated: bool
    errors: list[dict[str, Any]]
    deprecated: bool
    beta: bool
    rate_limit: str | None
    anchor: str


@dataclass
class ModelDoc:
    name: str
    description: str
    kind: str  # model | enum
    fields: list[dict[str, Any]]
    values: list[str]


def pagination_item_type(op: Operation) -> str | None:
    """The item type of a paginated operation (from `op.pagination`, set by the pagination stage)."""
    pagination = getattr(op, "pagination", None)
    if not pagination:
        return None
    for attr_name in ("item_type", "item_type_string", "item_class", "item"):
        value = getattr(pagination, attr_name, None)
        if value is None and isinstance(pagination, dict):
            value = pagination.get(attr_name)
        if isinstance(value, str) and value:
            return value
    return "object"


def is_beta(op: Operation) -> bool:
    if any(p.constant is not None for p in op.params if p.location == "header"):
        return True
    return any("beta" in part.lower() for part in op.resource) or bool(op.extensions.get("x-beta"))


def _is_beta_from_spec(plan: SdkPlan, op: Operation) -> bool:
    _, raw_op = raw_operation(plan, op)
    tags = [str(t).lower() for t in raw_op.get("tags") or []]
    return is_beta(op) or any("beta" in t for t in tags)


def _auth_arg(plan: SdkPlan) -> str:
    auth = plan.auth
    if auth.kind == "none":
        return ""
    if auth.kind == "basic":
        return f'{auth.param}=("YOUR_USERNAME", "YOUR_PASSWORD")'
    return f'{auth.param}="YOUR_{auth.param.upper()}"'


def client_ctor(plan: SdkPlan, is_async: bool, extra: str = "") -> str:
    cls = plan.config.async_client if is_async else plan.config.client
    args = ", ".join(a for a in (_auth_arg(plan), extra) if a)
    return f"{cls}({args})"


def _call_lines(call: str, args: list[str], indent: str) -> list[str]:
    one = f"{call}({', '.join(args)})"
    if len(indent) + len(one) <= 96 or not args:
        return [one]
    return [f"{call}(", *[f"    {a}," for a in args], ")"]


def _import_block(plan: SdkPlan, builder: ExampleBuilder, names: list[str], extra: tuple[str, ...] = ()) -> list[str]:
    stdlib = sorted(
        (i for i in {*builder.imports, *extra} if i.startswith("import ") or i.startswith("from uuid")),
        key=lambda line: (line.split()[1], line),
    )
    models: dict[str, set[str]] = {}
    for line in builder.imports:
        if line.startswith("from ") and not line.startswith("from uuid"):
            module, _, name = line[5:].partition(" import ")
            models.setdefault(module, set()).add(name)
    package = {plan.config.package: set(names)}
    lines = list(stdlib)
    if lines:
        lines.append("")
    for module, imported in sorted({**models, **package}.items()):
        lines.append(f"from {module} import {', '.join(sorted(imported))}")
    return lines


_MODELS: dict[int, dict[str, Any]] = {}


_ENUMS: dict[int, dict[frozenset[Any], list[Any]]] = {}


def register_models(plan: SdkPlan, openapi: Any) -> None:
    """Make the fully built models of `openapi` known to the example builders of `plan`."""
    _MODELS[id(plan)] = {str(m.class_info.name): m for m in getattr(openapi, "models", []) or []}
    _ENUMS[id(plan)] = enum_orders(plan.spec)


def new_builder(plan: SdkPlan) -> ExampleBuilder:
    if id(plan) not in _ENUMS:
        _ENUMS[id(plan)] = enum_orders(plan.spec)
    return ExampleBuilder(plan.config.package, models=_MODELS.get(id(plan), {}), enum_orders=_ENUMS[id(plan)])


def usage_example(plan: SdkPlan, op: Operation, is_async: bool) -> str:
    """A runnable snippet: imports, client construction with auth, the call with every required argument."""
    builder = new_builder(plan)
    positional = [builder.for_param(plan, op, p) for p in op.path_params]
    keywords: list[str] = []
    for p in op.keyword_params:
        if p.required:
            keywords.append(f"{p.python_name}={builder.for_param(plan, op, p)}")
    shown = 0
    for p in op.keyword_params:  # optional parameters the spec gives an example for (a few)
        raw = raw_param_example(plan, op, p, defaults=False)
        if not p.required and raw is not _NO_VALUE and shown < 3:
            keywords.append(f"{p.python_name}={builder.value(p.prop, p.python_name, raw)}")
            shown += 1
    if op.body is not None:
        body_raw = raw_body_example(plan, op)
        if op.body.flattened:
            raw_dict = body_raw if isinstance(body_raw, dict) else {}
            formats = raw_body_field_formats(plan, op)
            for f in op.body.fields:
                if f.required:
                    value = builder.value(
                        f.prop, f.wire_name, raw_dict.get(f.wire_name, _NO_VALUE), fmt=formats.get(f.wire_name)
                    )
                    keywords.append(f"{f.python_name}={value}")
        elif op.body.required:
            keywords.append(f"{op.body.param_name}={builder.value(op.body.prop, op.body.param_name, body_raw)}")
    args = [*positional, *keywords]
    paginated = pagination_item_type(op) is not None
    returns_none = op.return_type.strip() == "None"
    cls = plan.config.async_client if is_async else plan.config.client
    lines: list[str] = []
    if is_async:
        lines += _import_block(plan, builder, [cls], ("import asyncio",))
        lines += ["", "", "async def main() -> None:"]
        lines.append(f"    async with {client_ctor(plan, True)} as client:")
        indent = "        "
        call = _call_lines(f"await client.{op.qualified_name}", args, indent)
        if paginated:
            call[0] = "pager = " + call[0]
            lines += [indent + line for line in call]
            lines += [f"{indent}async for item in pager:", f"{indent}    print(item)"]
        elif returns_none:
            lines += [indent + line for line in call]
        else:
            call[0] = "result = " + call[0]
            lines += [indent + line for line in call]
            lines.append(f"{indent}print(result)")
        lines += ["", "", "asyncio.run(main())"]
    else:
        lines += _import_block(plan, builder, [cls])
        lines += ["", f"client = {client_ctor(plan, False)}"]
        call = _call_lines(f"client.{op.qualified_name}", args, "")
        if paginated:
            call[0] = "for item in " + call[0]
            call[-1] = call[-1] + ":"
            lines += [*call, "    print(item)"]
        elif returns_none:
            lines += call
        else:
            call[0] = "result = " + call[0]
            lines += [*call, "print(result)"]
    return "\n".join(lines)


def _signature(op: Operation) -> str:
    """The method's declaration as a Python stub (`def name(self, ...) -> Returns: ...`)."""
    parts = ["self", *(f"{p.python_name}: {p.type_string}" for p in op.path_params), "*"]
    keyword: list[Param] = list(op.keyword_params)
    if op.body is not None:
        if op.body.flattened:
            keyword += list(op.body.fields)
        else:
            keyword.append(Param(op.body.param_name, "", "body", op.body.type_string, op.body.required))
    ordered = [p for p in keyword if p.required] + [p for p in keyword if not p.required]
    for p in ordered:
        parts.append(f"{p.python_name}: {p.type_string}" + ("" if p.required else " = UNSET"))
    parts.append("request_options: RequestOptions | None = None")
    returns = op.return_type
    item = pagination_item_type(op)
    if item is not None:
        returns = f"SyncPager[{item}]"
    head = f"def {op.name}("
    one = f"{head}{', '.join(parts)}) -> {returns}: ..."
    if len(one) <= 96:
        return one
    return head + "\n" + "".join(f"    {p},\n" for p in parts) + f") -> {returns}: ..."


_PARSED: dict[str, Any] = {}
_TYPE_PARAMS: dict[str, Any] = {"type_params": []} if sys.version_info >= (3, 12) else {}  # a 3.12 field


def signature_from_source(package_dir: Any, op: Operation) -> str | None:
    """The method's declaration exactly as rendered in `<package>/resources/<module>.py`, as a stub."""
    return method_signature(package_dir, op.resource, op.name)


def method_signature(package_dir: Any, resource_path: tuple[str, ...], method: str) -> str | None:
    """The declaration of `client.<resource_path>.<method>` read from the rendered module, as a stub."""
    import ast
    from pathlib import Path

    from generator.plan.model import Resource

    resource = Resource(path=tuple(resource_path))
    path = Path(package_dir) / "resources" / f"{resource.module}.py"
    key = str(path)
    if key not in _PARSED:
        try:
            _PARSED[key] = ast.parse(path.read_text(encoding="utf-8"))
        except (OSError, SyntaxError):
            _PARSED[key] = None
    tree = _PARSED[key]
    if tree is None:
        return None
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == resource.class_name:
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == method:
                    stub = ast.FunctionDef(
                        name=item.name,
                        args=item.args,
                        body=[ast.Expr(ast.Constant(Ellipsis))],
                        decorator_list=[],
                        returns=item.returns,
                        type_comment=None,
                        **_TYPE_PARAMS,
                    )
                    ast.fix_missing_locations(stub)
                    return _wrap_def(ast.unparse(stub))
    return None


def _wrap_def(one_line: str) -> str:
    """`def f(a, b) -> T: ...` on one line, or one parameter per line when it is long."""
    one_line = one_line.replace(":\n    ...", ": ...").strip()
    if len(one_line) <= 96:
        return one_line
    tree = ast.parse(one_line)
    func = tree.body[0]
    assert isinstance(func, ast.FunctionDef)
    args = func.args
    parts: list[str] = []
    positional = [*args.posonlyargs, *args.args]
    defaults = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    for arg, default in zip(positional, defaults, strict=True):
        parts.append(_arg(arg, default))
    if args.vararg is not None:
        parts.append("*" + _arg(args.vararg, None))
    elif args.kwonlyargs:
        parts.append("*")
    for arg, default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        parts.append(_arg(arg, default))
    if args.kwarg is not None:
        parts.append("**" + _arg(args.kwarg, None))
    returns = f" -> {ast.unparse(func.returns)}" if func.returns is not None else ""
    return f"def {func.name}(\n" + "".join(f"    {p},\n" for p in parts) + f"){returns}: ..."


def _arg(arg: Any, default: Any) -> str:
    text = str(arg.arg) + (f": {ast.unparse(arg.annotation)}" if arg.annotation is not None else "")
    if default is not None:
        text += f" = {ast.unparse(default)}"
    return text


def _param_default(prop: Any) -> str:
    default = getattr(prop, "default", None)
    if default is None:
        return ""
    raw = getattr(default, "raw_value", None)
    if raw is None:
        return ""
    return _py_literal(raw)


def _op_doc(plan: SdkPlan, op: Operation, models: set[str], package_dir: Any = None) -> OpDoc:
    params: list[ParamDoc] = []
    for p in [*op.path_params, *op.keyword_params]:
        params.append(
            ParamDoc(
                p.python_name,
                p.wire_name,
                p.location,
                link_type(p.type_string, models),
                p.required or p.location == "path",
                _param_default(p.prop),
                md_cell(p.description),
                getattr(p, "deprecated", False),
            )
        )
    body: dict[str, Any] | None = None
    if op.body is not None:
        fields = []
        if op.body.flattened:
            for f in op.body.fields:
                fields.append(
                    ParamDoc(
                        f.python_name,
                        f.wire_name,
                        "body",
                        link_type(f.type_string, models),
                        f.required,
                        _param_default(f.prop),
                        md_cell(f.description),
                    )
                )
        body = {
            "content_type": op.body.content_type,
            "flattened": op.body.flattened,
            "param": op.body.param_name,
            "type": link_type(op.body.type_string, models),
            "model": op.body.model_class,
            "model_link": link_type(op.body.model_class, models) if op.body.model_class else "",
            "required": op.body.required,
            "fields": fields,
        }
        if not op.body.flattened:
            fields.append(
                ParamDoc(
                    op.body.param_name,
                    "",
                    "body",
                    link_type(op.body.type_string, models),
                    op.body.required,
                    "",
                    "The request body.",
                )
            )
        params.extend(fields)
    item = pagination_item_type(op)
    if item is not None:
        returns = f"`SyncPager` / `AsyncPager` of {link_type(item, models)}"
    else:
        returns = link_type(op.return_type, models)
    errors = [
        {
            "status": e.status,
            "class": error_class(e.status),
            "model": link_type(e.model_class, models) if e.model_class else "",
            "description": md_cell(e.description),
        }
        for e in sorted(op.errors, key=lambda e: e.status)
    ]
    description = op.description if op.description and op.description.strip() != op.summary.strip() else ""
    return OpDoc(
        op=op,
        call=f"client.{op.qualified_name}",
        signature=(signature_from_source(package_dir, op) if package_dir else None) or _signature(op),
        summary=md_text(docs.summary_line(op)),
        description=md_text(description),
        sync_example=usage_example(plan, op, False),
        async_example=usage_example(plan, op, True),
        params=params,
        body=body,
        returns=returns,
        paginated=item is not None,
        errors=errors,
        deprecated=op.deprecated,
        beta=_is_beta_from_spec(plan, op),
        rate_limit=op.rate_limit,
        anchor=("-".join(op.qualified_name.split("."))).lower().replace("_", "-"),
    )


def _model_docs(
    openapi: Any, models: set[str], orders: dict[frozenset[Any], list[Any]] | None = None
) -> list[ModelDoc]:
    out: list[ModelDoc] = []
    for model in sorted(getattr(openapi, "models", []) or [], key=lambda m: str(m.class_info.name)):
        fields = []
        for prop, required in [
            *((p, True) for p in model.required_properties or []),
            *((p, False) for p in model.optional_properties or []),
        ]:
            fields.append(
                {
                    "name": str(prop.python_name),
                    "wire_name": _name_of(prop),
                    "required": required,
                    "type": link_type(_type_string(prop), models, ""),
                    "description": md_cell(getattr(prop, "description", "") or ""),
                }
            )
        extra = getattr(model, "additional_properties", None)
        out.append(
            ModelDoc(str(model.class_info.name), md_text(getattr(model, "description", "") or ""), "model", fields, [])
        )
        if extra not in (None, False) and not fields:
            out[-1].description = (out[-1].description + "\n\nA mapping of string keys to values.").strip()
    for enum in sorted(getattr(openapi, "enums", []) or [], key=lambda m: str(m.class_info.name)):
        values = getattr(enum, "values", {})
        if isinstance(values, dict):
            listed = list(values.values())
        else:
            listed = (orders or {}).get(frozenset(values)) or sorted(values, key=str)
        out.append(
            ModelDoc(
                str(enum.class_info.name),
                md_text(getattr(enum, "description", "") or ""),
                "enum",
                [],
                [_py_literal(v) for v in listed],
            )
        )
    out.sort(key=lambda m: m.name)
    return out


def _type_string(prop: Any) -> str:
    code = prop.get_type_string(no_optional=False)
    return str(code.as_unembedded_code() if hasattr(code, "as_unembedded_code") else code)


def docs_context(plan: SdkPlan, openapi: Any, package_dir: Any = None) -> dict[str, Any]:
    """Everything README.md, reference.md and models.md place."""
    for cache in (_MODELS, _ENUMS, _PARSED):  # one project at a time: nothing stale from an earlier render
        cache.clear()
    register_models(plan, openapi)
    models = {
        str(m.class_info.name)
        for m in [*(getattr(openapi, "models", []) or []), *(getattr(openapi, "enums", []) or [])]
    }
    resources = []
    op_docs: dict[str, OpDoc] = {}
    for resource in plan.all_resources():
        if not resource.operations:
            continue
        entries = [_op_doc(plan, op, models, package_dir) for op in resource.operations]
        for entry in entries:
            op_docs[entry.op.key] = entry
        resources.append(
            {
                "path": ".".join(resource.path),
                "anchor": "client-" + "-".join(resource.path).replace("_", "-"),
                "ops": entries,
            }
        )
    first = _first_usage_op(plan, op_docs)
    paginated = sorted((d for d in op_docs.values() if d.paginated), key=lambda d: not _plain(d))
    error_rows = _error_rows(plan)
    paginated_doc = paginated[0] if paginated else None
    return {
        "lros": [
            {
                "call": f"client.{'.'.join(lro.resource)}.{lro.name}",
                "start": f"client.{lro.start.qualified_name}",
                "status": f"client.{lro.status.qualified_name}",
                "cancel": f"client.{lro.cancel.qualified_name}" if getattr(lro, "cancel", None) else "",
                "state": getattr(lro, "state_attr", ""),
                "pending": list(getattr(lro, "pending", ()) or ()),
                "terminal": list(getattr(lro, "terminal", ()) or ()),
                "failed": list(getattr(lro, "failed", ()) or ()),
                "doc": md_text(getattr(lro, "doc", "")),
                "anchor": "-".join((*lro.resource, lro.name)).replace("_", "-"),
                "signature": method_signature(package_dir, lro.resource, lro.name) if package_dir else None,
                "example": lro_example(plan, lro),
            }
            for lro in getattr(plan, "lros", None) or []
        ],
        "snippets": readme_snippets(plan, first, paginated_doc, _error_usage_op(plan, op_docs, first)),
        "resources": resources,
        "models": _model_docs(openapi, models, _ENUMS.get(id(plan))),
        "first": first,
        "paginated": paginated[0] if paginated else None,
        "error_rows": error_rows,
        "has_rate_limits": any(d.rate_limit for d in op_docs.values()),
        "deprecated_count": sum(1 for d in op_docs.values() if d.deprecated),
        "beta_count": sum(1 for d in op_docs.values() if d.beta),
        "ctor": client_ctor(plan, False),
        "async_ctor": client_ctor(plan, True),
        "ctor_with": lambda extra, is_async=False: client_ctor(plan, is_async, extra),
        "operation_count": len(op_docs),
    }


def _plain(entry: OpDoc) -> bool:
    """Not beta, not deprecated, not in a catch-all resource: a good operation to show first."""
    return not entry.beta and not entry.deprecated and entry.op.resource[-1] not in ("other", "misc", "default")


def _first_usage_op(plan: SdkPlan, op_docs: dict[str, OpDoc]) -> OpDoc | None:
    """The operation the README shows: a plain GET that returns data, else the first operation."""
    ordered = [op_docs[op.key] for op in plan.operations if op.key in op_docs]
    gets = [e for e in ordered if e.op.method == "get" and e.op.return_type != "None"]
    for group in ([e for e in gets if _plain(e) and not e.paginated], [e for e in gets if _plain(e)], gets, ordered):
        if group:
            return group[0]
    return None


def _error_usage_op(plan: SdkPlan, op_docs: dict[str, OpDoc], first: OpDoc | None) -> OpDoc | None:
    """The operation the README's error example calls: a plain GET documenting a 404, else `first`."""
    for op in plan.operations:
        entry = op_docs.get(op.key)
        if entry and op.method == "get" and _plain(entry) and any(e.status == 404 for e in op.errors):
            return entry
    return first


def _error_rows(plan: SdkPlan) -> list[dict[str, Any]]:
    statuses = sorted({e.status for op in plan.operations for e in op.errors})
    rows: dict[str, dict[str, Any]] = {}
    for status in statuses:
        cls = error_class(status)
        rows.setdefault(cls, {"class": cls, "statuses": []})["statuses"].append(status)
    base: list[dict[str, Any]] = [{"class": name, "statuses": [status]} for name, status in error_rows()]
    for row in base:
        if row["class"] in rows:
            row["documented"] = True
    return base


# --------------------------------------------------------------------------------------------------
# README snippets


def _call_parts(plan: SdkPlan, op: Operation) -> tuple[ExampleBuilder, list[str]]:
    """The arguments of the usage call (same values as `usage_example`)."""
    builder = new_builder(plan)
    args = [builder.for_param(plan, op, p) for p in op.path_params]
    for p in op.keyword_params:
        if p.required:
            args.append(f"{p.python_name}={builder.for_param(plan, op, p)}")
    if op.body is not None:
        body_raw = raw_body_example(plan, op)
        if op.body.flattened:
            raw_dict = body_raw if isinstance(body_raw, dict) else {}
            formats = raw_body_field_formats(plan, op)
            for f in op.body.fields:
                if f.required:
                    value = builder.value(
                        f.prop, f.wire_name, raw_dict.get(f.wire_name, _NO_VALUE), fmt=formats.get(f.wire_name)
                    )
                    args.append(f"{f.python_name}={value}")
        elif op.body.required:
            args.append(f"{op.body.param_name}={builder.value(op.body.prop, op.body.param_name, body_raw)}")
    return builder, args


def lro_example(plan: SdkPlan, lro: Any) -> str:
    """Start a long-running operation and wait for its final state."""
    builder, args = _call_parts(plan, lro.start)
    return _snippet(
        plan,
        builder,
        [plan.config.client],
        [
            f"client = {client_ctor(plan, False)}",
            f"future = client.{'.'.join(lro.resource)}.{lro.name}({', '.join(args)})",
            "final = future.result(timeout=600)  # waits for a final state; raises if the job failed",
            "print(final)",
        ],
    )


def _snippet(
    plan: SdkPlan, builder: ExampleBuilder, names: list[str], body: list[str], extra: tuple[str, ...] = ()
) -> str:
    return "\n".join([*_import_block(plan, builder, names, extra), "", *body])


def readme_snippets(
    plan: SdkPlan, first: OpDoc | None, paginated: OpDoc | None, failing: OpDoc | None = None
) -> dict[str, str]:
    """Python snippets for README.md; each one runs as it stands (with a reachable server)."""
    cls = plan.config.client
    ctor = client_ctor(plan, False)
    out: dict[str, str] = {}
    env_var = plan.auth.env_var
    out["construct"] = _snippet(plan, ExampleBuilder(plan.config.package), [cls], [f"client = {ctor}"])
    if env_var and plan.auth.kind in ("bearer", "api_key"):
        out["construct_env"] = _snippet(
            plan, ExampleBuilder(plan.config.package), [cls], [f"client = {cls}()  # reads {env_var}"]
        )
    envs = list(plan.environments.items())
    env_class = cls + "Environment"
    if len(envs) > 1:
        member = envs[1][0].upper()
        out["environment"] = _snippet(
            plan,
            ExampleBuilder(plan.config.package),
            [cls, env_class],
            [f"client = {client_ctor(plan, False, f'environment={env_class}.{member}')}"],
        )
    if first is None:
        return out
    op = first.op
    builder, args = _call_parts(plan, op)
    call = ", ".join(args)
    resource = "client." + ".".join(op.resource)
    failing = failing or first
    ebuilder, eargs = _call_parts(plan, failing.op)
    out["errors"] = _snippet(
        plan,
        ebuilder,
        [cls, "ApiError", "NotFoundError"],
        [
            f"client = {ctor}",
            "try:",
            f"    {'' if failing.op.return_type.strip() == 'None' else 'result = '}client.{failing.op.qualified_name}({', '.join(eargs)})",
            "except NotFoundError as exc:",
            '    print("not found:", exc.status_code, exc.body)',
            "except ApiError as exc:",
            "    print(exc.status_code, exc.headers, exc.body)",
        ],
    )
    raw_attr = "with_raw_response"
    out["raw"] = _snippet(
        plan,
        builder,
        [cls],
        [
            f"client = {ctor}",
            f"raw = {resource}.{raw_attr}.{op.name}({call})",
            'print(raw.status_code, raw.headers.get("content-type"), raw.elapsed)',
            "if raw.rate_limit is not None:",
            "    print(raw.rate_limit.limit, raw.rate_limit.remaining, raw.rate_limit.reset)",
            "print(raw.data)  # what the method returns normally",
        ],
    )
    opts = '{"max_retries": 0}'
    out["retries"] = _snippet(
        plan,
        builder,
        [cls],
        [
            f"client = {client_ctor(plan, False, 'max_retries=5')}  # default: 2",
            f"client.{op.qualified_name}({', '.join([*args, 'request_options=' + opts])})  # this call: no retries",
        ],
    )
    out["timeouts"] = _snippet(
        plan,
        builder,
        [cls],
        [
            f"client = {client_ctor(plan, False, 'timeout=20.0')}  # seconds; default: 60",
            f"client.{op.qualified_name}({', '.join([*args, 'request_options={' + chr(34) + 'timeout_in_seconds' + chr(34) + ': 5}'])})",
        ],
    )
    out["httpx"] = _snippet(
        plan,
        builder,
        [cls],
        [
            "client = "
            + client_ctor(plan, False, 'httpx_client=httpx.Client(headers={"X-Request-Source": "docs"}, timeout=30.0)'),
            f"client.{op.qualified_name}({call})",
        ],
        ("import httpx",),
    )
    out["logging"] = _snippet(
        plan,
        ExampleBuilder(plan.config.package),
        [cls],
        [
            "logging.basicConfig()",
            f'logging.getLogger("{plan.config.package}").setLevel(logging.DEBUG)',
            "",
            f"client = {ctor}",
        ],
        ("import logging",),
    )
    if getattr(plan.config, "async_prefix", False):
        out["async_prefix"] = _snippet(
            plan,
            builder,
            [cls],
            [
                f"client = {ctor}",
                "",
                "",
                "async def main() -> None:",
                f"    result = await client.{'.'.join(op.resource)}.a{op.name}({call})",
                "    print(result)",
                "",
                "",
                "asyncio.run(main())",
            ],
            ("import asyncio",),
        )
    lros = list(getattr(plan, "lros", None) or [])
    if lros:
        lro = lros[0]
        lbuilder, largs = _call_parts(plan, lro.start)
        out["lro"] = _snippet(
            plan,
            lbuilder,
            [cls],
            [
                f"client = {ctor}",
                f"future = client.{'.'.join(lro.resource)}.{lro.name}({', '.join(largs)})",
                "print(future.done())  # False while the job runs",
                "final = future.result(timeout=600)  # waits, polling with back-off; raises if the job failed",
                "print(final)",
            ],
        )
    if paginated is not None:
        pop = paginated.op
        pbuilder, pargs = _call_parts(plan, pop)
        pcall = ", ".join(pargs)
        out["pagination"] = _snippet(
            plan,
            pbuilder,
            [cls],
            [
                f"client = {ctor}",
                f"for item in client.{pop.qualified_name}({pcall}):  # fetches further pages as needed",
                "    print(item)",
                "",
                f"pager = client.{pop.qualified_name}({pcall})",
                "for page in pager.iter_pages():  # page.items, page.data (the page model), page.response",
                "    print(len(page.items), page.response.status_code)",
            ],
        )
        if getattr(getattr(pop, "pagination", None), "iterator_kwarg", False):
            out["iterator"] = _snippet(
                plan,
                pbuilder,
                [cls],
                [
                    f"client = {ctor}",
                    f"for item in client.{pop.qualified_name}({', '.join([*pargs, 'iterator=True'])}):",
                    "    print(item)",
                ],
            )
    return out
