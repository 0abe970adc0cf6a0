"""Model field names: every field of a model or an inline body gets an ASCII Python name that shadows
nothing the model code uses and is unique in its model.

openapi-python-client keeps non-ASCII names (Python folds `ﬁeld` into `field`, so two fields could
become one) and, on a snake_case clash, the raw names (`UNSET`, or a model's own class name).
"""

from __future__ import annotations

from openapi_python_client.parser.openapi import GeneratorData
from openapi_python_client.parser.properties import ModelProperty
from openapi_python_client.strings import PythonIdentifier

from generator.plan.naming import identifier
from generator.plan.parsed import text

# Names openapi-python-client's model code uses as locals or globals; a field of the same name would shadow them.
_RESERVED_FIELDS = {"self", "cls", "d", "src_dict", "field_dict", "T", "UNSET", "Unset", "Any", "TypeVar", "Mapping",
                    "cast", "datetime", "isoparse", "File", "BytesIO", "json", "additional_properties", "decode",
                    "rfc3339", "jsonable"}  # fmt: skip


def sanitize_model_fields(data: GeneratorData) -> None:
    """Give every model field an ASCII Python name that shadows nothing and is unique in its model.

    openapi-python-client keeps non-ASCII names (Python folds `ﬁeld` into `field`, so two fields could
    become one) and, on a snake_case clash, the raw names (`UNSET`, or a model's own class name).
    """
    classes = {str(m.class_info.name) for m in [*data.models, *data.enums]}
    bodies = [b.prop for c in data.endpoint_collections_by_tag.values() for e in c.endpoints for b in e.bodies]
    for model in [*data.models, *(b for b in bodies if isinstance(b, ModelProperty))]:
        props = [*(model.required_properties or []), *(model.optional_properties or [])]
        taken: set[str] = set()
        for prop in props:
            name = str(prop.python_name)
            if not name.isascii():
                name = str(PythonIdentifier(identifier(text(prop.name), fallback="field"), "field_", True))
            while name in _RESERVED_FIELDS or name in classes or name in taken:
                name += "_"
            taken.add(name)
            if name != str(prop.python_name):
                object.__setattr__(prop, "python_name", PythonIdentifier(name, "field_", True))
