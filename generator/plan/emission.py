"""Plan: which models get a module of their own (the model layer's decisions, made in Python).

openapi-python-client writes one module per model and per enum it met while parsing. Two rules make
the model layer leaner; the templates only place what is decided here.

1. A single-value enum that is not a component schema (`type: {enum: [toggle]}` on a property,
   typically a discriminator tag or a version header) is written inline as `Literal["toggle"]` where it
   is used, checked where it is read, and gets no module. A component schema keeps its named type, even
   with one value: users may write its name in their own code.
2. A model or enum that no generated operation reaches (through parameters, bodies, success and error
   responses, and the properties of what those reach) and that is not a component schema gets no module.
   Such classes are inline schemas of skipped operations or of parameters the plan fills in itself (a
   required single-value header). Every component schema is public and is always emitted, whether an
   operation uses it or not (a base schema of `allOf`, a type published for users).

Both are reported in `generation-report.json` under `models`, so nothing disappears silently.
The rewrite works on openapi-python-client's parsed `GeneratorData` before the plan reads any type
string, so signatures, imports and model modules all see the same decision.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # openapi-python-client loads only when a spec is parsed (like the rest of the plan)
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.openapi import Endpoint
    from openapi_python_client.parser.properties import LiteralEnumProperty, ModelProperty, Property
    from openapi_python_client.parser.properties.protocol import PropertyProtocol

_FIELD_PREFIX = "field_"  # openapi-python-client's default `field_prefix`; the pipeline keeps it


@dataclass(frozen=True)
class InlinedLiteral:
    name: str
    value: str | int


@dataclass(frozen=True)
class OmittedModel:
    name: str
    module: str
    reason: str


@dataclass
class ModelEmission:
    """What the model layer emits: counts, the literals written inline and the classes left out."""

    public: list[str] = field(default_factory=list)  # class names of component schemas
    emitted: int = 0
    inlined: list[InlinedLiteral] = field(default_factory=list)
    omitted: list[OmittedModel] = field(default_factory=list)

    def report(self) -> dict[str, Any]:
        return {
            "modules": self.emitted,
            "inlined_literals": [{"name": i.name, "value": i.value} for i in self.inlined],
            "omitted": [{"name": o.name, "module": o.module, "reason": o.reason} for o in self.omitted],
        }


def public_class_names(doc: dict[str, Any]) -> set[str]:
    """Class names openapi-python-client gives the component schemas (`title`, else the schema's key)."""
    from openapi_python_client.strings import ClassName

    schemas = (doc.get("components") or {}).get("schemas") or {}
    names: set[str] = set()
    for key, schema in schemas.items():
        title = schema.get("title") if isinstance(schema, dict) else None
        names.add(str(ClassName(str(title or key), _FIELD_PREFIX)))
    return names


def inline_literals(data: GeneratorData, doc: dict[str, Any]) -> ModelEmission:
    """Rewrite every use of a non-component single-value enum into an inline `Literal[...]` (rule 1)."""
    from openapi_python_client.parser.properties import LiteralEnumProperty, ModelProperty
    from openapi_python_client.parser.properties.list_property import ListProperty
    from openapi_python_client.parser.properties.union import UnionProperty

    from generator.plan.properties import InlineLiteralProperty, rebuild

    public = public_class_names(doc)
    inlined: dict[str, LiteralEnumProperty] = {}

    def inline(prop: LiteralEnumProperty) -> LiteralEnumProperty:
        if isinstance(prop, InlineLiteralProperty) or len(prop.values) != 1 or str(prop.class_info.name) in public:
            return prop
        inlined[str(prop.class_info.name)] = prop
        return rebuild(InlineLiteralProperty, prop)

    def rewrite_inner(prop: PropertyProtocol) -> PropertyProtocol:
        if isinstance(prop, LiteralEnumProperty):
            return inline(prop)
        if isinstance(prop, UnionProperty):
            object.__setattr__(prop, "inner_properties", [rewrite_inner(p) for p in prop.inner_properties])
        elif isinstance(prop, ListProperty):
            object.__setattr__(prop, "inner_property", rewrite_inner(prop.inner_property))
        return prop

    def rewrite(prop: Property) -> Property:
        if isinstance(prop, LiteralEnumProperty):
            return inline(prop)
        rewrite_inner(prop)
        return prop

    for model in data.models:
        _rewrite_model(model, rewrite)
    for endpoint in _endpoints(data):
        for params in _parameter_lists(endpoint):
            params[:] = [rewrite(p) for p in params]
        for body in endpoint.bodies:
            object.__setattr__(body, "prop", rewrite(body.prop))
            if isinstance(body.prop, ModelProperty):  # a body's own copy of its model (flattened fields)
                _rewrite_model(body.prop, rewrite)
        for response in endpoint.responses:
            object.__setattr__(response, "prop", rewrite(response.prop))

    if inlined:
        modules = {str(p.class_info.module_name) for p in inlined.values()}
        data.enums[:] = [e for e in data.enums if str(e.class_info.name) not in inlined]
        for model in data.models:
            if model.relative_imports:
                object.__setattr__(model, "relative_imports", _retarget_imports(model.relative_imports, modules))
        for endpoint in _endpoints(data):
            endpoint.relative_imports = _retarget_imports(endpoint.relative_imports, modules)
            for body in endpoint.bodies:  # a flattened body's own model copy: its fields are the arguments
                if isinstance(body.prop, ModelProperty) and body.prop.relative_imports:
                    imports = _retarget_imports(body.prop.relative_imports, modules)
                    object.__setattr__(body.prop, "relative_imports", imports)
    values = [InlinedLiteral(name, next(iter(p.values))) for name, p in sorted(inlined.items())]
    return ModelEmission(public=sorted(public), inlined=values)


def omit_unreachable(data: GeneratorData, endpoints: Iterable[Endpoint], emission: ModelEmission) -> None:
    """Drop the models and enums no generated operation reaches, unless they are public (rule 2)."""
    models = {str(m.class_info.name): m for m in data.models}
    public = set(emission.public)
    seen: set[str] = set()
    stack: list[PropertyProtocol] = [m for name, m in models.items() if name in public]
    stack += [e for e in data.enums if str(e.class_info.name) in public]
    for endpoint in endpoints:
        for params in _parameter_lists(endpoint):
            stack.extend(params)
        stack.extend(body.prop for body in endpoint.bodies)
        stack.extend(response.prop for response in endpoint.responses)
    while stack:
        prop = stack.pop()
        for child in _children(prop, models, seen):
            stack.append(child)

    kept_models = [m for m in data.models if str(m.class_info.name) in seen]
    kept_enums = [e for e in data.enums if str(e.class_info.name) in seen]
    for cls in [*data.models, *data.enums]:
        if str(cls.class_info.name) not in seen:
            emission.omitted.append(
                OmittedModel(
                    str(cls.class_info.name),
                    str(cls.class_info.module_name),
                    "an inline schema that no generated operation and no component schema uses",
                )
            )
    emission.omitted.sort(key=lambda o: o.name)
    data.models[:] = kept_models
    data.enums[:] = kept_enums
    emission.emitted = len(kept_models) + len(kept_enums)


def _children(prop: PropertyProtocol, models: dict[str, ModelProperty], seen: set[str]) -> Iterator[PropertyProtocol]:
    from openapi_python_client.parser.properties import EnumProperty, LiteralEnumProperty, ModelProperty
    from openapi_python_client.parser.properties.list_property import ListProperty
    from openapi_python_client.parser.properties.union import UnionProperty

    if isinstance(prop, UnionProperty):
        yield from prop.inner_properties
    elif isinstance(prop, ListProperty):
        yield prop.inner_property
    elif isinstance(prop, EnumProperty | LiteralEnumProperty):
        seen.add(str(prop.class_info.name))
    elif isinstance(prop, ModelProperty):
        name = str(prop.class_info.name)
        if name in seen:
            return
        seen.add(name)
        model = models.get(name, prop)
        yield from model.required_properties or []
        yield from model.optional_properties or []
        extra = model.additional_properties
        if extra is not None and not isinstance(extra, bool):
            yield extra


def _rewrite_model(model: ModelProperty, rewrite: Callable[[Property], Property]) -> None:
    for props in (model.required_properties, model.optional_properties):
        if props:
            props[:] = [rewrite(p) for p in props]
    extra = model.additional_properties
    if extra is not None and not isinstance(extra, bool):
        object.__setattr__(model, "additional_properties", rewrite(extra))


def _endpoints(data: GeneratorData) -> Iterator[Endpoint]:
    for collection in data.endpoint_collections_by_tag.values():
        yield from collection.endpoints


def _parameter_lists(endpoint: Endpoint) -> list[list[Property]]:
    return [
        endpoint.path_parameters,
        endpoint.query_parameters,
        endpoint.header_parameters,
        endpoint.cookie_parameters,
    ]


def _retarget_imports(lines: set[str], modules: set[str]) -> set[str]:
    """Drop imports of the inlined literals' modules; their uses now need `Literal` and `cast`."""
    pattern = re.compile(r"^from \.+models\.(\w+) import ")
    kept = {line for line in lines if not ((m := pattern.match(line)) and m.group(1) in modules)}
    if kept != lines:
        kept.add("from typing import Literal, cast")
    return kept
