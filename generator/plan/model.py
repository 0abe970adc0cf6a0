"""The typed SDK plan: every decision the templates render, made in Python.

`build.py` fills the spec-facing part (with `resource_tree.py`, `params.py`, `bodies.py` and
`responses.py`: place, parameters, body, responses, errors); `calls.py` then decides
what each generated method looks like (ordered signature, request path expression, headers, body
argument, error table, return annotation), so templates only place these values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import Property
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.responses import Response

from generator.plan.emission import ModelEmission
from generator.plan.param_styles import Serialization

if TYPE_CHECKING:
    from generator.config import SdkConfig
    from generator.plan.lro import Lro
    from generator.plan.pagination import Decision, Pagination
    from generator.plan.reexports import TypeModule
    from generator.plan.streaming import StreamPlan

Location = Literal["path", "query", "header", "cookie", "body"]
BodyKind = Literal["json", "multipart", "form", "binary", "text"]
ArgumentKind = Literal["positional", "keyword"]
AuthKind = Literal["bearer", "api_key", "basic", "none"]
SkipKind = Literal["operation", "schema"]
Coercion = Literal["model", "list", "file", "files"]
Decode = Literal["none", "model", "property"]  # no body | `Model.from_dict(response.json())` | oapc's macro


@dataclass
class Param:
    """One method argument and where it goes on the wire."""

    python_name: str
    wire_name: str
    location: Location
    type_string: str
    required: bool
    description: str = ""
    prop: Property | None = None  # openapi-python-client's parsed property
    constant: str | None = None  # a required single-value header filled in by the SDK
    deprecated: bool = False
    attr_name: str = ""  # for flattened body fields: the attribute name on the body model
    serialization: Serialization | None = (
        None  # style/explode/allowReserved of a path, query, header or cookie parameter
    )
    coerce: tuple[Coercion, str] | None = None  # how a plain value becomes the field's type, and the class
    default: str | None = None  # a value the SDK fills in (plan.constants), as Python source: never required


@dataclass
class Body:
    """The request body of an operation."""

    content_type: str
    kind: BodyKind
    flattened: bool
    param_name: str  # argument name when passed whole
    type_string: str
    model_class: str | None  # class built from flattened fields
    required: bool
    fields: list[Param] = field(default_factory=list)
    prop: Property | None = None
    coerce: tuple[Coercion, str] | None = None  # how a plain value given for the whole body becomes its type
    content_key: str = ""  # the media type's key in the normalized spec (a text body's may differ)
    charset: str | None = None  # a text body's encoding: the media type's charset, else utf-8


@dataclass
class ErrorResponse:
    status: int
    model_class: str | None
    description: str


@dataclass
class ErrorRange:
    """A documented error response that covers several statuses: `4XX`, `5XX` or `default`."""

    pattern: str  # "4XX" | "5XX" | "default"
    model_class: str | None
    description: str


@dataclass(frozen=True)
class Argument:
    """One argument of a generated method, in signature order."""

    name: str
    annotation: str  # final Python source of the annotation (builtins qualified where a method shadows them)
    default: str | None  # Python source of the default; None when the caller must pass it
    kind: ArgumentKind
    deprecated: bool = False  # passing it warns (DeprecationWarning)
    alias_of: str | None = None  # another accepted name for that argument (sdk.yaml `param_aliases`)
    required: bool = False  # has a default only because an alias may stand in for it: one of them is needed


@dataclass(frozen=True)
class ErrorTable:
    """A module-level `status -> error model parser` constant shared by the operations documenting it."""

    name: str
    entries: tuple[tuple[str, str], ...]  # (key as Python source: 404, "4XX", "default"; model class)

    @property
    def key_type(self) -> str:
        """`int`, or `int | str` when the table also has ranges or `default` (the runtime: exact > range > default)."""
        return "int | str" if any(not key.isdigit() for key, _ in self.entries) else "int"


@dataclass(frozen=True)
class SuccessParse:
    """How `_parse_<method>` turns one documented success response into the method's result."""

    status: int
    condition: str  # when several successes are documented: the test on `response.status_code`
    decode: Decode
    response: Response  # placed through openapi-python-client's `parse_response` macro when decode == "property"
    model_class: str | None = None


@dataclass
class Call:
    """How one generated method calls the HTTP client: every value already a Python expression."""

    http_method: str  # "GET"
    path: str  # expression for the request path, each path parameter percent-encoded
    query: list[tuple[str, str]] = field(default_factory=list)  # (wire name, argument)
    query_styles: list[tuple[str, str]] = field(default_factory=list)  # (wire name, ParamStyle expression), non-default
    headers: list[tuple[str, str]] = field(default_factory=list)  # (wire name, expression), Content-Type last
    header_styles: list[tuple[str, str]] = field(
        default_factory=list
    )  # (wire name, ParamStyle expression), non-default
    body: tuple[str, str] | None = None  # (httpx keyword: json | data | files | content, expression)
    error_table: str | None = None  # name of the resource module's ErrorTable constant
    events: str | None = None  # a streaming method: how its events are framed and decoded (runtime `_streaming`)


@dataclass
class Operation:
    """One SDK method."""

    key: str  # "GET /shelves/{shelfId}"
    method: str
    path: str
    pointer: str
    resource: tuple[str, ...]
    name: str
    summary: str
    description: str
    deprecated: bool
    endpoint: Endpoint
    params: list[Param]
    body: Body | None
    return_type: str
    success_responses: list[Response]  # 2xx responses (or `default` when there is none)
    errors: list[ErrorResponse]
    error_ranges: list[ErrorRange] = field(default_factory=list)  # 4XX, 5XX, default: exact codes come first
    operation_id: str | None = None
    rate_limit: str | None = None
    extensions: dict[str, Any] = field(default_factory=dict)  # the operation's raw `x-` values
    pagination: Pagination | None = None  # set when the method returns a pager
    stream: StreamPlan | None = None  # set when the method returns a stream of events (SSE, JSON lines)
    variant_of: str | None = None  # key of the operation this method is a media-type variant of
    aliases: tuple[str, ...] = ()  # more names for this method (sdk.yaml overrides[].aliases)
    param_aliases: dict[str, str] = field(default_factory=dict)  # accepted name -> argument (overrides[])
    # Decided by `calls.plan_calls` once the resource tree is known:
    signature: list[Argument] = field(default_factory=list)
    returns: str = ""  # annotation of the sync method's result
    async_returns: str = ""  # annotation of the async method's result
    twin_signature: list[Argument] = field(default_factory=list)  # the sync client's `a<name>` coroutine twin
    twin_returns: str = ""
    call: Call | None = None
    parses: list[SuccessParse] = field(default_factory=list)  # one per success response, in status order

    @property
    def download(self) -> bool:
        """The success response is a binary body: the method can stream it into a file (`to_file=`)."""
        return (
            self.pagination is None
            and self.stream is None
            and len(self.success_responses) == 1
            and isinstance(self.success_responses[0].prop, FileProperty)
        )

    @property
    def awaitable(self) -> bool:
        """The async method is a coroutine; a pager or a stream is returned at once and awaited or iterated."""
        return self.pagination is None and self.stream is None

    @property
    def path_params(self) -> list[Param]:
        return [p for p in self.params if p.location == "path"]

    @property
    def keyword_params(self) -> list[Param]:
        return [p for p in self.params if p.location != "path" and p.constant is None]

    @property
    def qualified_name(self) -> str:
        return ".".join((*self.resource, self.name))


@dataclass
class Resource:
    """A node of the resource tree: `client.<name>`, with operations and children."""

    path: tuple[str, ...]
    operations: list[Operation] = field(default_factory=list)
    children: dict[str, Resource] = field(default_factory=dict)
    error_tables: list[ErrorTable] = field(default_factory=list)  # decided by `calls.plan_calls`
    lros: list[Lro] = field(default_factory=list)  # `begin_*` methods of this resource
    suffix: str = "Resource"  # `Operations` where a model already has the `...Resource` name

    @property
    def name(self) -> str:
        return self.path[-1]

    @property
    def module(self) -> str:
        return "_".join(self.path)

    @property
    def class_name(self) -> str:
        from generator.plan.naming import pascal

        return pascal("_".join(self.path)) + self.suffix

    def walk(self) -> list[Resource]:
        out = [self]
        for child in self.children.values():
            out.extend(child.walk())
        return out


@dataclass
class Auth:
    kind: AuthKind
    param: str
    env_var: str | None
    header: str | None = None
    query: str | None = None
    prefix: str | None = None
    scheme_name: str | None = None
    # OAuth2 client credentials, offered next to a bearer token when the spec declares that flow.
    token_url: str | None = None
    scopes: list[str] = field(default_factory=list)
    client_id_env: str | None = None
    client_secret_env: str | None = None
    # How the generated client builds it (decided by `auth.plan_auth`):
    runtime_names: list[str] = field(default_factory=list)  # what `_client.py` imports from the runtime
    credential_type: str = ""  # annotation of the credential argument
    constructor: str | None = None  # expression building the httpx.Auth inside the client's __init__


@dataclass
class Skip:
    kind: SkipKind
    key: str
    pointer: str
    reason: str
    accepted: bool = False


@dataclass
class SdkPlan:
    config: SdkConfig
    title: str
    description: str
    api_version: str
    resources: dict[str, Resource]
    operations: list[Operation]
    auth: Auth
    environments: dict[str, str]
    skips: list[Skip] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    pagination: list[Decision] = field(default_factory=list)  # one per GET operation (the report's list)
    lros: list[Lro] = field(default_factory=list)  # `begin_*` methods declared in sdk.yaml
    spec: dict[str, Any] = field(default_factory=dict, repr=False)  # the normalized spec (docs examples)
    models: ModelEmission = field(default_factory=ModelEmission)  # which models get a module (emission.py)
    type_modules: list[TypeModule] = field(default_factory=list)  # sdk.yaml `type_modules` (plan.reexports)
    enum_members: dict[str, dict[str, str]] = field(
        default_factory=dict
    )  # `type_modules.enum_members`: enum -> members
    root_type_module: str | None = None  # `type_modules.root`: the package falls back to this type module
    # sdk.yaml `extensions`: hand-written modules copied into `<package>/extensions/` and the classes of
    # theirs each client class inherits from, as (module, class), for "sync" and "async"
    client_mixins: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    def all_resources(self) -> list[Resource]:
        out: list[Resource] = []
        for resource in self.resources.values():
            out.extend(resource.walk())
        return out
