"""Example arguments for the docs: a Python expression of a property's type, for an SDK call.

`ExampleBuilder.value` turns an openapi-python-client property (plus the raw spec's `example`,
`examples` or `default`, which the parser does not keep in usable form) into Python syntax
(`True`, `None`, `datetime.datetime(...)`, `Book(title=...)`), never JSON, and deterministic. One
handler per property class, looked up in `_HANDLERS`; the builder collects the imports its
expressions need.
"""

from __future__ import annotations

import ast
import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from openapi_python_client.parser.properties import (
    AnyProperty,
    EnumProperty,
    LiteralEnumProperty,
    ModelProperty,
)
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.parser.properties.uuid import UuidProperty
from openapi_python_client.schema import UntrustedString

from generator.docs.literals import (
    FIXED_DATE,
    FIXED_DATE_ISO,
    FIXED_DATETIME,
    FIXED_DATETIME_ISO,
    FIXED_UUID,
    as_date,
    as_datetime,
    datetime_literal,
    py_literal,
    pystr,
    string_for_name,
)
from generator.docs.spec import NO_VALUE, Json

MAX_DEPTH = 5
_STRINGLIKE = (StringProperty, DateTimeProperty, DateProperty, UuidProperty)


def text_of(value: object) -> str:
    """The text of a spec string the parser wrapped as UntrustedString (the docs escape it themselves)."""
    return value.get_untrusted_value() if isinstance(value, UntrustedString) else str(value or "")


def name_of(prop: PropertyProtocol) -> str:
    """The property's wire name."""
    return text_of(prop.name)


def _from_untrusted(prop: PropertyProtocol) -> Json:
    """openapi-python-client keeps a schema's `example` as `str(example)`; recover the value."""
    if prop.example is None:
        return NO_VALUE
    text = text_of(prop.example)
    if isinstance(prop, _STRINGLIKE):
        return text
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return text


def _default_of(prop: PropertyProtocol) -> Json:
    if prop.default is None or prop.default.raw_value is None:
        return NO_VALUE
    return prop.default.raw_value


@dataclass(frozen=True)
class Want:
    """What one example is for: the field name, the spec's example for it (or NO_VALUE), the schema
    format, and how deep in nested models it sits (`stack`: the models being built around it)."""

    name: str = ""
    raw: Json = NO_VALUE
    fmt: str | None = None
    depth: int = 0
    stack: tuple[str, ...] = ()

    def nested(self, name: str, raw: Json, parent: str | None = None) -> Want:
        stack = (*self.stack, parent) if parent is not None else self.stack
        return Want(name, raw, None, self.depth + 1, stack)


@dataclass
class ExampleBuilder:
    """Builds Python expressions for SDK arguments; collects the imports they need."""

    package: str
    imports: set[str] = field(default_factory=set)
    models: dict[str, ModelProperty] = field(default_factory=dict)  # class name -> the fully built model
    enum_orders: dict[frozenset[Json], list[Json]] = field(default_factory=dict)  # enum values in spec order

    def model_name(self, class_name: str) -> str:
        self.imports.add(f"from {self.package}.models import {class_name}")
        return class_name

    def value(self, prop: PropertyProtocol | None, name: str = "", raw: Json = NO_VALUE, fmt: str | None = None) -> str:
        """A Python expression of `prop`'s type; `raw` is a spec example for it, `fmt` its schema's format."""
        return self.build(prop, Want(name, raw, fmt))

    def build(self, prop: PropertyProtocol | None, want: Want) -> str:
        if prop is None:
            raw = want.raw
            return py_literal(raw) if raw is not NO_VALUE and isinstance(raw, (str, int, float, bool)) else '"example"'
        raw = want.raw
        if raw is NO_VALUE:
            raw = _from_untrusted(prop)
        if raw is NO_VALUE:
            raw = _default_of(prop)
        want = replace(want, raw=raw, name=want.name or name_of(prop))
        return _handler(prop)(self, prop, want)

    def _any(self, prop: PropertyProtocol, want: Want) -> str:
        """AnyProperty and anything unknown: a JSON-compatible Python value."""
        return py_literal(want.raw) if want.raw is not NO_VALUE else pystr(string_for_name(want.name))

    def _none(self, prop: PropertyProtocol, want: Want) -> str:
        return "None"

    def _const(self, prop: PropertyProtocol, want: Want) -> str:
        assert isinstance(prop, ConstProperty)
        return py_literal(prop.value.raw_value)

    def _boolean(self, prop: PropertyProtocol, want: Want) -> str:
        raw = want.raw
        if isinstance(raw, bool):
            return repr(raw)
        if isinstance(raw, str) and raw.lower() in ("true", "false"):
            return repr(raw.lower() == "true")
        return "True"

    def _number(self, prop: PropertyProtocol, want: Want) -> str:
        convert: Callable[[Json], int | float] = int if isinstance(prop, IntProperty) else float
        if want.raw is not NO_VALUE and not isinstance(want.raw, bool):
            try:
                return repr(convert(want.raw))
            except (TypeError, ValueError):
                pass
        return "1" if convert is int else "1.5"

    def _string(self, prop: PropertyProtocol, want: Want) -> str:
        raw = want.raw
        if isinstance(raw, (str, int, float)) and not isinstance(raw, bool):
            return pystr(str(raw))
        if isinstance(raw, (datetime.date, datetime.datetime)):
            return pystr(raw.isoformat())
        return pystr(string_for_name(want.name, want.fmt))

    def _datetime(self, prop: PropertyProtocol, want: Want) -> str:
        self.imports.add("import datetime")
        return datetime_literal(as_datetime(want.raw) or FIXED_DATETIME)

    def _date(self, prop: PropertyProtocol, want: Want) -> str:
        self.imports.add("import datetime")
        value = as_date(want.raw) or FIXED_DATE
        return f"datetime.date({value.year}, {value.month}, {value.day})"

    def _uuid(self, prop: PropertyProtocol, want: Want) -> str:
        self.imports.add("from uuid import UUID")
        raw = want.raw
        text = raw if isinstance(raw, str) and re.fullmatch(r"[0-9a-fA-F-]{32,36}", raw.strip()) else FIXED_UUID
        return f"UUID({pystr(text.strip())})"

    def _file(self, prop: PropertyProtocol, want: Want) -> str:
        self.imports.add("import io")
        self.imports.add(f"from {self.package}.types import File")
        return 'File(payload=io.BytesIO(b"example file contents"), file_name="example.txt")'

    def _enum(self, prop: PropertyProtocol, want: Want) -> str:
        assert isinstance(prop, EnumProperty)
        cls = self.model_name(str(prop.class_info.name))
        for member, value in prop.values.items():
            if want.raw is not NO_VALUE and value == want.raw:
                return f"{cls}.{member}"
        return f"{cls}.{next(iter(prop.values))}" if prop.values else "None"

    def _literal_enum(self, prop: PropertyProtocol, want: Want) -> str:
        assert isinstance(prop, LiteralEnumProperty)
        options: list[Json] = list(prop.values)
        if want.raw is not NO_VALUE and want.raw in options:
            return py_literal(want.raw)
        ordered = self.literal_order(prop, options)
        return py_literal(ordered[0]) if ordered else '""'

    def literal_order(self, prop: LiteralEnumProperty, options: list[Json]) -> list[Json]:
        """Literal enum values in spec order (openapi-python-client keeps them in a set)."""
        known = self.enum_orders.get(frozenset(options))
        if known:
            return known
        return sorted(options, key=lambda v: (str(type(v)), str(v)))

    def _list(self, prop: PropertyProtocol, want: Want) -> str:
        assert isinstance(prop, ListProperty)
        raws = want.raw[:3] if isinstance(want.raw, list) and want.raw else [NO_VALUE]
        return "[" + ", ".join(self.build(prop.inner_property, want.nested(want.name, r)) for r in raws) + "]"

    def _union(self, prop: PropertyProtocol, want: Want) -> str:
        assert isinstance(prop, UnionProperty)
        inners = [p for p in prop.inner_properties if not isinstance(p, NoneProperty)]
        if not inners:
            return "None"
        bare = replace(want, raw=NO_VALUE)
        if want.raw is None:
            return "None" if len(inners) < len(prop.inner_properties) else self.build(inners[0], bare)
        if want.raw is not NO_VALUE:
            for inner in inners:
                if fits(inner, want.raw):
                    return self.build(inner, want)
        for inner in inners:  # prefer a model that is not on the recursion stack, then anything
            if isinstance(inner, ModelProperty) and str(inner.class_info.name) not in want.stack:
                return self.build(inner, bare)
        return self.build(inners[0], bare)

    def _model(self, prop: PropertyProtocol, want: Want) -> str:
        assert isinstance(prop, ModelProperty)
        cls_name = str(prop.class_info.name)
        if prop.required_properties is None and cls_name in self.models:  # a not-yet-built reference copy
            prop = self.models[cls_name]
        cls = self.model_name(cls_name)
        required = list(prop.required_properties or [])
        optional = list(prop.optional_properties or [])
        raw_dict = want.raw if isinstance(want.raw, dict) else {}
        if not required and not optional and raw_dict:  # a mapping with free keys
            return f"{cls}.from_dict({py_literal(raw_dict)})"
        if want.depth >= MAX_DEPTH or cls_name in want.stack:
            return f"{cls}.from_dict({py_literal(sample_from_props(prop, 0))})" if required else f"{cls}()"
        args: list[str] = []
        for field_prop in required:
            wire = name_of(field_prop)
            value = self.build(field_prop, want.nested(wire, raw_dict.get(wire, NO_VALUE), cls_name))
            args.append(f"{field_prop.python_name}={value}")
        for field_prop in optional:  # optional fields only when the example shows them
            wire = name_of(field_prop)
            if raw_dict.get(wire) is not None and len(args) < 6:
                value = self.build(field_prop, want.nested(wire, raw_dict[wire], cls_name))
                args.append(f"{field_prop.python_name}={value}")
        return f"{cls}({', '.join(args)})"


_Handler = Callable[[ExampleBuilder, PropertyProtocol, Want], str]

_HANDLERS: dict[type[PropertyProtocol], _Handler] = {
    UnionProperty: ExampleBuilder._union,
    NoneProperty: ExampleBuilder._none,
    ConstProperty: ExampleBuilder._const,
    BooleanProperty: ExampleBuilder._boolean,
    IntProperty: ExampleBuilder._number,
    FloatProperty: ExampleBuilder._number,
    StringProperty: ExampleBuilder._string,
    DateTimeProperty: ExampleBuilder._datetime,
    DateProperty: ExampleBuilder._date,
    UuidProperty: ExampleBuilder._uuid,
    FileProperty: ExampleBuilder._file,
    EnumProperty: ExampleBuilder._enum,
    LiteralEnumProperty: ExampleBuilder._literal_enum,
    ListProperty: ExampleBuilder._list,
    ModelProperty: ExampleBuilder._model,
}


def _base(prop: PropertyProtocol) -> type:
    """openapi-python-client's property class of `prop` (the base class of our subclasses, e.g. inline literals)."""
    return next((c for c in type(prop).__mro__ if c in _HANDLERS or c is AnyProperty), type(prop))


def _handler(prop: PropertyProtocol) -> _Handler:
    return _HANDLERS.get(_base(prop), ExampleBuilder._any)


# Which property classes a raw example of each JSON type can stand for (bool before int: it is one).
_FITS: tuple[tuple[type | tuple[type, ...], tuple[type[PropertyProtocol], ...]], ...] = (
    (bool, (BooleanProperty, AnyProperty)),
    (int, (IntProperty, FloatProperty, AnyProperty)),
    (float, (FloatProperty, AnyProperty)),
    ((str, datetime.date), (*_STRINGLIKE, AnyProperty)),
    (list, (ListProperty,)),
    (dict, (ModelProperty,)),
)


def fits(prop: PropertyProtocol, raw: Json) -> bool:
    """Whether a raw example could be a value of `prop` (to pick a union's variant)."""
    if isinstance(raw, (str, datetime.date)):
        if isinstance(prop, LiteralEnumProperty):
            return raw in prop.values
        if isinstance(prop, EnumProperty):
            return raw in prop.values.values()
    for raw_type, kinds in _FITS:
        if isinstance(raw, raw_type):
            return _base(prop) in kinds
    return False


_SAMPLES: dict[type[PropertyProtocol], Json] = {
    ListProperty: [],
    IntProperty: 1,
    FloatProperty: 1.5,
    BooleanProperty: True,
    DateTimeProperty: FIXED_DATETIME_ISO,
    DateProperty: FIXED_DATE_ISO,
    UuidProperty: FIXED_UUID,
}


def sample_from_props(prop: PropertyProtocol, depth: int) -> Json:
    """A JSON value for a model property, required fields only (for `from_dict` at the recursion limit)."""
    if isinstance(prop, ModelProperty):
        if depth > MAX_DEPTH:
            return {}
        return {name_of(p): sample_from_props(p, depth + 1) for p in (prop.required_properties or [])}
    if isinstance(prop, UnionProperty):
        inners = [p for p in prop.inner_properties if not isinstance(p, NoneProperty)]
        return sample_from_props(inners[0], depth) if inners else None
    if isinstance(prop, LiteralEnumProperty):
        values = sorted(prop.values, key=str)
        return values[0] if values else ""
    if isinstance(prop, EnumProperty):
        listed = list(prop.values.values())
        return listed[0] if listed else ""
    if _base(prop) in _SAMPLES:
        return _SAMPLES[_base(prop)]
    return string_for_name(name_of(prop))
