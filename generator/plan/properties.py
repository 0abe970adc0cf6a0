"""openapi-python-client's property classes, subclassed where the plan reads or types a value differently.

- `InlineLiteralProperty`: a single-value enum written inline as `Literal["value"]` (see
  generator/plan/emission.py for when): the imports are `Literal` and `cast` instead of a model
  module, and its template (`templates/property_templates/inline_literal_property.py.jinja`) checks
  the value where it is read.
- `OpenLiteralEnumProperty`: an enum as a response carries it, `Status | str` (see
  generator/plan/decoding.py): a value added after generation is kept as received.
- `DecodedStringProperty`: a string of a model or response, read through the decoding policy
  (`templates/property_templates/string_property.py.jinja`); argument strings need no reading.
- `DispatchedUnionProperty`: a union whose model variants each accept only their own value(s) of one
  field (a discriminator, see generator/plan/decoding.py): its reader tries the variant the value names
  first (`templates/property_templates/union_property.py.jinja`).
- `LoneVariantUnionProperty`: a union of `null` and one other variant, a model, a string format or a scalar
  (see generator/plan/decoding.py `lone_variant`): read in place as that variant, with no function.
"""

from __future__ import annotations

import json
from typing import ClassVar, TypeVar

import attrs
from attrs import define
from openapi_python_client.parser.properties import LiteralEnumProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.strings import PythonCode


@define
class InlineLiteralProperty(LiteralEnumProperty):
    """A single-value enum written as `Literal["value"]` where it is used, with no module of its own."""

    template: ClassVar[str] = "inline_literal_property.py.jinja"

    @property
    def literal(self) -> str:
        """The one value as Python source (`"toggle"`, `2`)."""
        (value,) = self.values
        return json.dumps(value) if isinstance(value, str) else str(value)

    def get_base_type_string(self) -> PythonCode:
        return PythonCode(f"Literal[{self.literal}]")

    def get_imports(self, *, prefix: str) -> set[str]:
        imports = PropertyProtocol.get_imports(self, prefix=prefix)  # Unset, where the property is optional
        imports.add("from typing import Literal, cast")
        return imports


P = TypeVar("P", bound=PropertyProtocol)


def rebuild(cls: type[P], prop: PropertyProtocol) -> P:
    """`prop` as an instance of `cls` (a subclass of its class), every field kept."""
    kind = type(prop)
    assert attrs.has(kind), kind  # openapi-python-client's properties are attrs classes
    return cls(**{f.alias: getattr(prop, f.name) for f in attrs.fields(kind)})


@define
class OpenLiteralEnumProperty(LiteralEnumProperty):
    """An enum read from a response: `Status | str`, since the server may send a value added after generation."""

    def get_base_type_string(self) -> PythonCode:
        return PythonCode(f"{self.class_info.name} | {self.value_type.__name__}")


@define
class DecodedStringProperty(StringProperty):
    """A string read from a response: checked (strict) or kept as received (lenient) by _core/_decode.py."""

    template: ClassVar[str] = "string_property.py.jinja"


@define
class DispatchedUnionProperty(UnionProperty):
    """A union read by its discriminator: `key` is the field's wire name as Python source; each case is a
    condition on the field's value, `tag` (`tag == "file"`, `tag in ("a", "b")`) and the variant it names."""

    key: str = ""
    cases: tuple[tuple[str, PropertyProtocol], ...] = ()


@define
class LoneVariantUnionProperty(UnionProperty):
    """`X | None`: a union of `null` and one `variant` (a model, a string format or a scalar), read in place
    as the variant is (strictly, for a model), a value it does not accept being a mismatch of the union."""

    variant: PropertyProtocol | None = None
