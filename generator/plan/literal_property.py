"""A single-value enum written inline as `Literal["value"]` (see generator/plan/emission.py for when).

openapi-python-client's `LiteralEnumProperty`, subclassed: the type string is the literal itself, the
imports are `Literal` and `cast` instead of a model module, and the template
(`templates/property_templates/inline_literal_property.py.jinja`) checks the value where it is read.
"""

from __future__ import annotations

import json
from typing import ClassVar

from attrs import define
from openapi_python_client.parser.properties import LiteralEnumProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
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

    @property
    def mismatch(self) -> str:
        """Python source of the error message for any other value read into this property."""
        (value,) = self.values
        expected = json.dumps(f". Expected {value!r}")[1:-1].replace("{", "{{").replace("}", "}}")
        return f'f"Unexpected value {{{self.python_name}!r}}{expected}"'

    def get_base_type_string(self) -> PythonCode:
        return PythonCode(f"Literal[{self.literal}]")

    def get_imports(self, *, prefix: str) -> set[str]:
        imports = PropertyProtocol.get_imports(self, prefix=prefix)  # Unset, where the property is optional
        imports.add("from typing import Literal, cast")
        return imports
