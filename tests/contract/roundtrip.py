"""Property-based response parsing: spec-valid dicts → `Model.from_dict` → `to_dict()` gives the input back.

For a component schema with a generated attrs model, `own_strategy` builds a hypothesis strategy of
instances valid against the published spec, along the lines of `validating_transport.synthesise` but
drawing: which optional properties are present, which oneOf/anyOf variant, null where nullable, enum
members, booleans, integers, short strings, UUIDs, array lengths 0-2, additionalProperties maps. It is
recursion-limited (past depth 4 only required parts). The discriminator property of a schema that a
discriminator names is pinned to that name, as a real server's response would be.

hypothesis-jsonschema was tried first: its newest release (0.23.1) fails on every object schema with
the pinned hypothesis 6.170.15 (`AttributeError: 'many' object has no attribute 'more'`), so it is
not used.
"""

from __future__ import annotations

import importlib
from typing import Any

from hypothesis import strategies as st

from tests.contract.validating_transport import (
    DATE,
    DATE_TIME,
    UUID,
    Api,
    discriminated,
    merge_all_of,
    resolve,
)

SCHEMAS = "#/components/schemas/"


def model_candidates(api: Api) -> list[tuple[str, Any]]:
    """(schema name, model class) for every component schema with a generated attrs model."""
    from openapi_python_client.strings import ClassName

    package = api.config["package"]
    models = importlib.import_module(f"{package}.models")
    out: list[tuple[str, Any]] = []
    for name in sorted((api.doc.get("components") or {}).get("schemas") or {}):
        cls = getattr(models, ClassName(name, ""), None)
        if cls is None or not hasattr(cls, "from_dict") or not hasattr(cls, "to_dict"):
            continue
        if not str(getattr(cls, "__module__", "")).startswith(f"{package}.models"):
            continue
        out.append((name, cls))
    return out


def sample(items: list[Any], limit: int) -> list[Any]:
    """At most `limit` items, evenly spaced (deterministic)."""
    if len(items) <= limit:
        return list(items)
    step = len(items) / limit
    return [items[int(i * step)] for i in range(limit)]


# ------------------------------------------------------------------------------- own strategy


def own_strategy(api: Api, schema: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    """Instances of an OpenAPI schema, recursion-limited (optional parts dropped past `depth` 4)."""
    doc = api.doc
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    base = _own(api, schema, depth)
    tag = discriminated(doc).get(ref) if ref else None
    if tag is None:
        return base
    from tests.contract.validating_transport import _tag

    return base.map(lambda instance: _tag(doc, ref, dict(instance)) if isinstance(instance, dict) else instance)


def _own(api: Api, schema: Any, depth: int) -> st.SearchStrategy[Any]:
    doc = api.doc
    if schema is True or not isinstance(schema, dict):
        return st.just("value")
    if depth > 12:  # required parts that recurse: the synthesiser's minimal instance ends the chain
        from tests.contract.validating_transport import _minimal

        return st.just(_minimal(doc, resolve(doc, schema)))
    schema = resolve(doc, schema)
    nullable = bool(schema.get("nullable")) or (isinstance(schema.get("type"), list) and "null" in schema["type"])
    if "enum" in schema and None not in schema["enum"]:
        nullable = False  # OpenAPI 3.0.3: `nullable` does not add null to an `enum`
    inner = _own_non_null(api, schema, depth)
    return st.one_of(st.none(), inner) if nullable else inner


def _own_non_null(api: Api, schema: dict[str, Any], depth: int) -> st.SearchStrategy[Any]:
    doc = api.doc
    deep = depth > 4
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        values = [v for v in schema["enum"] if v is not None]
        return st.sampled_from(values) if values else st.none()
    if "allOf" in schema:
        return _own_non_null(api, merge_all_of(doc, schema), depth)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            variants = [v for v in schema[key] if resolve(doc, v).get("type") != "null"]
            if deep:
                variants = variants[:1]
            return st.one_of(*[own_strategy(api, v, depth + 1) for v in variants]) if variants else st.none()
    t = schema.get("type")
    kind = [x for x in t if x != "null"][0] if isinstance(t, list) and [x for x in t if x != "null"] else t
    if kind is None and ("properties" in schema or "additionalProperties" in schema):
        kind = "object"
    if kind == "object":
        props: dict[str, Any] = schema.get("properties") or {}
        required = set(schema.get("required") or [])
        req = {k: own_strategy(api, v, depth + 1) for k, v in props.items() if k in required}
        opt = {} if deep else {k: own_strategy(api, v, depth + 1) for k, v in props.items() if k not in required}
        extra = schema.get("additionalProperties")
        fixed = st.fixed_dictionaries(req, optional=opt)
        if props or extra in (None, False) or deep:
            return fixed
        values = own_strategy(api, extra, depth + 1) if isinstance(extra, dict) else st.integers()
        return st.dictionaries(st.sampled_from(["a", "b", "key"]), values, max_size=2)
    if kind == "array":
        items = own_strategy(api, schema.get("items", {}), depth + 1)
        low = int(schema.get("minItems") or 0)
        return st.lists(items, min_size=low, max_size=max(low, 0 if deep else 2))
    if kind == "string":
        fmt = schema.get("format")
        if fmt == "date-time":
            return st.just(DATE_TIME)
        if fmt == "date":
            return st.just(DATE)
        if fmt == "time":  # what openapi-schema-validator accepts (see validating_transport's samples)
            return st.just("03:04:05")
        if fmt == "uuid":
            return st.uuids().map(str) | st.just(UUID)
        if "pattern" in schema:
            from tests.contract.validating_transport import _string

            return st.just(_string(schema, ""))
        low = int(schema.get("minLength") or 0)
        high = schema.get("maxLength")
        return st.text(alphabet="abcXYZ019 -_", min_size=low, max_size=int(high) if high is not None else max(low, 8))
    if kind == "integer":
        from tests.contract.validating_transport import _number

        return st.just(_number(schema, True)) | st.integers(
            min_value=schema.get("minimum"), max_value=schema.get("maximum")
        )
    if kind == "number":
        from tests.contract.validating_transport import _number

        return st.just(_number(schema, False))
    if kind == "boolean":
        return st.booleans()
    return st.one_of(st.integers(), st.text(max_size=3), st.booleans())


def validator(api: Api, name: str) -> Any:
    """A jsonschema validator (openapi-schema-validator's OpenAPI dialect) for one component schema."""
    from openapi_schema_validator import OAS30Validator, OAS31Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4, DRAFT202012

    is_30 = str(api.doc.get("openapi", "3.0")).startswith("3.0")
    resource = Resource.from_contents(api.doc, default_specification=DRAFT4 if is_30 else DRAFT202012)
    registry: Any = Registry().with_resource("urn:spec", resource)
    cls = OAS30Validator if is_30 else OAS31Validator
    return cls({"$ref": f"urn:spec{SCHEMAS}{name}"}, registry=registry)
