"""openapi-spec-validator's spec validators, with their whole-document schema check asked of jsonschema-rs first.

openapi-spec-validator checks a document in two parts: the document against the JSON Schema of its
OpenAPI version (`SpecValidator.schema_validator`), then its own keyword checks (unique operationIds,
declared path parameters, every schema against the schema dialect, defaults against their schemas).
In Python jsonschema the first part took half of the validator's time: 1.4 s of CPU on the real
LaunchDarkly spec, 1.6 s on Civis, for specs in which it finds nothing. jsonschema-rs (the Rust
validator that openapi-spec-validator itself offers as a backend) says whether that part finds
anything in a few milliseconds.

So a document that jsonschema-rs finds valid costs only the keyword checks, and one it finds invalid,
or cannot read (a YAML date, a key that is not a string), is checked by the Python validator exactly
as before: the findings, their messages and their JSON pointers are the ones openapi-spec-validator's
Python backend gives. (Its jsonschema-rs backend is not simply switched on because it words errors
differently and keeps no sub-errors, which `load._finding_pointer` narrows a pointer with.) Both
validators read the same JSON Schema, openapi-spec-validator's own, and check no `format` (the Python
one is built without a format checker); tests/unit/test_load_validator.py holds them to the same
verdict on valid and invalid documents.

The keyword checks then check each schema against the schema dialect; for OpenAPI 3.0 that is
openapi-schema-validator's `OAS30Validator.check_schema` (the draft-04 meta-schema, its one `format`,
`regex`, checked by Python's `re`): 40% of what is left. `SchemaChecks30` asks jsonschema-rs first
there too, with the same meta-schema and the same `regex` check, and calls the stock check when
jsonschema-rs finds something, so the error is the stock one. (3.1 dialects are left to the stock
check.)

The keyword checks keep every schema they have checked in a list and ask the list whether it holds a
schema (`SchemaValidator.visited_schema_ids`, `meta_checked_schema_ids`): quadratic in the number of
schemas, 0.45 s of Civis's 1.85 s. `IdList` is that list with a set beside it for the question, so the
checks, their order and their findings stay openapi-spec-validator's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

from jsonschema_path.paths import SchemaPath
from openapi_schema_validator import OAS30Validator
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
from openapi_spec_validator.schemas import schema_v30, schema_v31
from openapi_spec_validator.schemas.backend.jsonschema import create_validator
from openapi_spec_validator.validation.keywords import (
    OpenAPIV30SchemaValidator,
    OpenAPIV31SchemaValidator,
    SchemaValidator,
)
from openapi_spec_validator.validation.registries import KeywordValidatorRegistry
from openapi_spec_validator.validation.validators import SpecValidator


class FastFirstSchemaValidator:
    """A document's errors against one OpenAPI JSON Schema: none when jsonschema-rs finds it valid, else
    Python jsonschema's."""

    def __init__(self, schema: dict[str, Any]) -> None:
        self.schema = schema
        self.python = create_validator(schema)  # what openapi-spec-validator's Python backend builds
        try:
            import jsonschema_rs
        except ImportError:  # a pinned dependency; without it Python decides alone (slower, the same findings)
            self.fast: Any = None
        else:
            self.fast = jsonschema_rs.validator_for(schema, validate_formats=False)

    def iter_errors(self, instance: Any) -> Iterator[Any]:  # jsonschema ValidationErrors
        try:
            valid = self.fast is not None and bool(self.fast.is_valid(instance))
        except Exception:  # a value jsonschema-rs cannot convert: Python decides
            valid = False
        if not valid:
            yield from self.python.iter_errors(instance)


class IdList(list[int]):
    """A list of object ids that answers `in` from a set."""

    def __init__(self) -> None:
        super().__init__()
        self.members: set[int] = set()

    def append(self, item: int) -> None:
        super().append(item)
        self.members.add(item)

    def __contains__(self, item: object) -> bool:
        return item in self.members


def _is_python_regex(pattern: str) -> bool:
    """openapi-schema-validator's `regex` format check where `regress` is not installed (it is not here)."""
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True


@cache
def _fast_schema_meta_30() -> Any:
    """jsonschema-rs over `OAS30Validator.META_SCHEMA`, or None without jsonschema-rs."""
    try:
        import jsonschema_rs
    except ImportError:
        return None
    meta = OAS30Validator.META_SCHEMA
    return jsonschema_rs.validator_for(meta, validate_formats=True, formats={"regex": _is_python_regex})


class SchemaChecks30(OpenAPIV30SchemaValidator):
    def __init__(self, registry: KeywordValidatorRegistry) -> None:
        super().__init__(registry)
        self.visited_schema_ids = IdList()
        self.meta_checked_schema_ids = IdList()

    def _get_schema_checker(self, schema: SchemaPath, schema_value: Any) -> Callable[[Any], None]:
        stock = super()._get_schema_checker(schema, schema_value)
        fast = _fast_schema_meta_30()

        def check(value: Any) -> None:
            try:
                valid = fast is not None and bool(fast.is_valid(value))
            except Exception:  # a value jsonschema-rs cannot convert: the stock check decides
                valid = False
            if not valid:
                stock(value)

        return check


class SchemaChecks31(OpenAPIV31SchemaValidator):
    def __init__(self, registry: KeywordValidatorRegistry) -> None:
        super().__init__(registry)
        self.visited_schema_ids = IdList()
        self.meta_checked_schema_ids = IdList()


@cache
def spec_validator_class(openapi_version: str) -> type[SpecValidator]:
    """openapi-spec-validator's validator class for the version (3.1, else 3.0), checking as described above."""
    checks: type[SchemaValidator]
    if openapi_version.startswith("3.1"):
        base: type[SpecValidator] = OpenAPIV31SpecValidator
        schema, checks = dict(schema_v31), SchemaChecks31
    else:
        base, schema, checks = OpenAPIV30SpecValidator, dict(schema_v30), SchemaChecks30
    members = {
        "schema_validator": FastFirstSchemaValidator(schema),
        "keyword_validators": {**base.keyword_validators, "schema": checks},
    }
    return type(f"FastFirst{base.__name__}", (base,), members)
