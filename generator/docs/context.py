"""Everything README.md, reference.md and models.md place, and the docstrings of the generated code,
decided from the plan (and the parsed models and raw spec it came from) before render.

`build_docs(plan, openapi)` returns a `DocsContext`; render only places its values.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties import ModelProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol

from generator.docs import docstrings
from generator.docs.examples import name_of
from generator.docs.literals import py_literal
from generator.docs.markdown import link_type, md_cell, md_text
from generator.docs.readme import readme_snippets
from generator.docs.signatures import lro_signature, method_signature
from generator.docs.snippets import Snippets
from generator.docs.spec import Json, SpecReader
from generator.plan.error_table import error_class, error_rows
from generator.plan.lro import Lro
from generator.plan.model import Operation, Param, Resource, SdkPlan


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
class BodyDoc:
    content_type: str
    flattened: bool
    param: str
    type: str
    model: str | None
    model_link: str
    required: bool
    fields: list[ParamDoc]


@dataclass
class ErrorDoc:
    status: int
    cls: str
    model: str
    description: str

    def __getitem__(self, key: str) -> object:  # the templates write e.class (a keyword in Python)
        return self.cls if key == "class" else getattr(self, key)


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
    body: BodyDoc | None
    returns: str
    paginated: bool
    errors: list[ErrorDoc]
    deprecated: bool
    beta: bool
    rate_limit: str | None
    anchor: str

    @property
    def plain(self) -> bool:
        """Not beta, not deprecated, not in a catch-all resource: a good operation to show first."""
        return not self.beta and not self.deprecated and self.op.resource[-1] not in ("other", "misc", "default")


@dataclass
class ModelDoc:
    name: str
    description: str
    kind: str  # model | enum
    fields: list[ParamDoc]
    values: list[str]


@dataclass
class ResourceDoc:
    path: str
    anchor: str
    ops: list[OpDoc]


@dataclass
class LroDoc:
    call: str
    start: str
    status: str
    cancel: str
    state: str
    pending: list[str]
    terminal: list[str]
    failed: list[str]
    doc: str
    anchor: str
    signature: str
    example: str


@dataclass
class ErrorRow:
    cls: str
    statuses: list[int | str]
    documented: bool = False

    def __getitem__(self, key: str) -> object:
        return self.cls if key == "class" else getattr(self, key)


@dataclass
class DocsContext:
    """What the docs templates place, and the docstrings the code templates place."""

    resources: list[ResourceDoc]
    models: list[ModelDoc]
    lros: list[LroDoc]
    snippets: dict[str, str]
    first: OpDoc | None
    paginated: OpDoc | None
    error_rows: list[ErrorRow]
    ctor: str
    async_ctor: str
    method_docs: dict[str, str] = field(default_factory=dict)  # operation key -> docstring
    resource_docs: dict[tuple[str, ...], str] = field(default_factory=dict)
    client_docs: dict[str, str] = field(default_factory=dict)  # "sync" | "async" -> docstring
    package_doc: str = ""

    @property
    def ops(self) -> list[OpDoc]:
        """One entry per operation key."""
        return list({d.op.key: d for r in self.resources for d in r.ops}.values())

    @property
    def operation_count(self) -> int:
        return len(self.ops)

    @property
    def has_rate_limits(self) -> bool:
        return any(d.rate_limit for d in self.ops)

    @property
    def deprecated_count(self) -> int:
        return sum(1 for d in self.ops if d.deprecated)

    @property
    def beta_count(self) -> int:
        return sum(1 for d in self.ops if d.beta)


def _default(prop: PropertyProtocol | None) -> str:
    if prop is None or prop.default is None or prop.default.raw_value is None:
        return ""
    return py_literal(prop.default.raw_value)


def _type_string(prop: PropertyProtocol) -> str:
    return prop.get_type_string(no_optional=False).as_unembedded_code()


class DocsBuilder:
    """Builds the DocsContext of one plan: all state (parsed models, spec reader) lives here."""

    def __init__(self, plan: SdkPlan, openapi: GeneratorData | None) -> None:
        self.plan = plan
        self.model_props: list[ModelProperty] = list(openapi.models) if openapi is not None else []
        self.enum_props = list(openapi.enums) if openapi is not None else []
        self.reader = SpecReader(plan)
        self.snippets = Snippets(plan, self.reader, {str(m.class_info.name): m for m in self.model_props})
        self.model_names = {str(m.class_info.name) for m in [*self.model_props, *self.enum_props]}
        self._links: dict[str, str] = {}  # type string -> its Markdown (most recur: every page, every field)

    def link(self, type_string: str) -> str:
        link = self._links.get(type_string)
        if link is None:
            link = self._links[type_string] = link_type(type_string, self.model_names)
        return link

    def is_beta(self, op: Operation) -> bool:
        if any(p.constant is not None for p in op.params if p.location == "header"):
            return True
        if any("beta" in part.lower() for part in op.resource) or op.extensions.get("x-beta"):
            return True
        return any("beta" in t.lower() for t in self.reader.tags(op))

    def _param_doc(self, p: Param, required: bool, description: str, deprecated: bool = False) -> ParamDoc:
        location = p.location
        return ParamDoc(
            p.python_name,
            p.wire_name,
            location,
            self.link(p.type_string),
            required,
            _default(p.prop),
            description,
            deprecated,
        )

    def _body_doc(self, op: Operation) -> BodyDoc | None:
        body = op.body
        if body is None:
            return None
        if body.flattened:
            fields = [self._param_doc(f, f.required, md_cell(f.description)) for f in body.fields]
        else:
            whole = Param(body.param_name, "", "body", body.type_string, body.required)
            fields = [self._param_doc(whole, body.required, "The request body.")]
        return BodyDoc(
            body.content_type,
            body.flattened,
            body.param_name,
            self.link(body.type_string),
            body.model_class,
            self.link(body.model_class) if body.model_class else "",
            body.required,
            fields,
        )

    def op_doc(self, op: Operation, resource: Resource) -> OpDoc:
        params = [
            self._param_doc(p, p.required or p.location == "path", md_cell(p.description), p.deprecated)
            for p in [*op.path_params, *op.keyword_params]
        ]
        body = self._body_doc(op)
        if body is not None:
            params.extend(body.fields)
        if op.pagination is not None:
            returns = f"`SyncPager` / `AsyncPager` of {self.link(op.pagination.item_type or 'object')}"
        elif op.stream is not None:
            item = self.link(op.stream.item_type)
            returns = (
                f"`Stream` / `AsyncStream` of {f'`ServerSentEvent` of {item}' if op.stream.kind == 'sse' else item}"
            )
        else:
            returns = self.link(op.return_type)
        errors = [
            ErrorDoc(
                e.status,
                error_class(e.status),
                self.link(e.model_class) if e.model_class else "",
                md_cell(e.description),
            )
            for e in sorted(op.errors, key=lambda e: e.status)
        ]
        description = op.description if op.description and op.description.strip() != op.summary.strip() else ""
        sync_example, async_example = self.snippets.usage_examples(op)
        return OpDoc(
            op=op,
            call=f"client.{op.qualified_name}",
            signature=method_signature(op),
            summary=md_text(docstrings.summary_line(op)),
            description=md_text(description),
            sync_example=sync_example,
            async_example=async_example,
            params=params,
            body=body,
            returns=returns,
            paginated=op.pagination is not None,
            errors=errors,
            deprecated=op.deprecated,
            beta=self.is_beta(op),
            rate_limit=op.rate_limit,
            anchor=("-".join(op.qualified_name.split("."))).lower().replace("_", "-"),
        )

    def model_docs(self) -> list[ModelDoc]:
        out: list[ModelDoc] = []
        for model in sorted(self.model_props, key=lambda m: str(m.class_info.name)):
            fields = [
                ParamDoc(
                    str(prop.python_name),
                    name_of(prop),
                    "",
                    link_type(_type_string(prop), self.model_names, ""),
                    required,
                    "",
                    md_cell(prop.description or ""),
                )
                for prop, required in [
                    *((p, True) for p in model.required_properties or []),
                    *((p, False) for p in model.optional_properties or []),
                ]
            ]
            description = md_text(model.description or "")
            if model.additional_properties is not None and not fields:
                description = (description + "\n\nA mapping of string keys to values.").strip()
            out.append(ModelDoc(str(model.class_info.name), description, "model", fields, []))
        for enum in sorted(self.enum_props, key=lambda m: str(m.class_info.name)):
            values: Iterable[Json] = enum.values
            if isinstance(enum.values, dict):
                listed = list(enum.values.values())
            else:
                listed = self.reader.enum_orders.get(frozenset(values)) or sorted(values, key=str)
            out.append(
                ModelDoc(
                    str(enum.class_info.name),
                    md_text(enum.description or ""),
                    "enum",
                    [],
                    [py_literal(v) for v in listed],
                )
            )
        out.sort(key=lambda m: m.name)
        return out

    def lro_doc(self, lro: Lro) -> LroDoc:
        return LroDoc(
            call=f"client.{'.'.join(lro.resource)}.{lro.name}",
            start=f"client.{lro.start.qualified_name}",
            status=f"client.{lro.status.qualified_name}",
            cancel=f"client.{lro.cancel.qualified_name}" if lro.cancel else "",
            state=lro.state_attr,
            pending=list(lro.pending),
            terminal=list(lro.terminal),
            failed=list(lro.failed),
            doc=md_text(lro.doc),
            anchor="-".join((*lro.resource, lro.name)).replace("_", "-"),
            signature=lro_signature(lro),
            example=self.snippets.lro_example(lro),
        )

    def error_rows(self) -> list[ErrorRow]:
        """The README's error table: every class, marked where the API documents one of its statuses."""
        documented = {error_class(e.status) for op in self.plan.operations for e in op.errors}
        return [ErrorRow(cls, [status], cls in documented) for cls, status in error_rows()]

    def first_usage(self, docs: dict[str, OpDoc]) -> OpDoc | None:
        """The operation the README shows: a plain GET that returns data, else the first operation."""
        ordered = [docs[op.key] for op in self.plan.operations if op.key in docs]
        gets = [e for e in ordered if e.op.method == "get" and e.op.return_type != "None"]
        for group in ([e for e in gets if e.plain and not e.paginated], [e for e in gets if e.plain], gets, ordered):
            if group:
                return group[0]
        return None

    def error_usage(self, docs: dict[str, OpDoc], first: OpDoc | None) -> OpDoc | None:
        """The operation the README's error example calls: a plain GET documenting a 404, else `first`."""
        for op in self.plan.operations:
            entry = docs.get(op.key)
            if entry and op.method == "get" and entry.plain and any(e.status == 404 for e in op.errors):
                return entry
        return first

    def build(self) -> DocsContext:
        plan = self.plan
        resources: list[ResourceDoc] = []
        by_key: dict[str, OpDoc] = {}
        for resource in plan.all_resources():
            if not resource.operations:
                continue
            entries = [self.op_doc(op, resource) for op in resource.operations]
            by_key.update((entry.op.key, entry) for entry in entries)
            anchor = "client-" + "-".join(resource.path).replace("_", "-")
            resources.append(ResourceDoc(".".join(resource.path), anchor, entries))
        first = self.first_usage(by_key)
        paginated = sorted((d for d in by_key.values() if d.paginated), key=lambda d: not d.plain)
        paginated_doc = paginated[0] if paginated else None
        failing = self.error_usage(by_key, first)
        return DocsContext(
            resources=resources,
            models=self.model_docs(),
            lros=[self.lro_doc(lro) for lro in plan.lros],
            snippets=readme_snippets(
                self.snippets,
                first.op if first else None,
                paginated_doc.op if paginated_doc else None,
                failing.op if failing else None,
            ),
            first=first,
            paginated=paginated_doc,
            error_rows=self.error_rows(),
            ctor=self.snippets.client_ctor(False),
            async_ctor=self.snippets.client_ctor(True),
            method_docs={op.key: docstrings.method_doc(op) for op in plan.operations},
            resource_docs={r.path: docstrings.resource_doc(r) for r in plan.all_resources()},
            client_docs={"sync": docstrings.client_doc(plan, False), "async": docstrings.client_doc(plan, True)},
            package_doc=docstrings.package_doc(plan),
        )


def build_docs(plan: SdkPlan, openapi: GeneratorData | None = None) -> DocsContext:
    """Stage 4, docs: the docs context of one plan."""
    return DocsBuilder(plan, openapi).build()
