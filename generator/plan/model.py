"""The typed SDK plan: every decision the templates render, made in Python."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.plan.emission import ModelEmission


@dataclass
class Param:
    """One method argument and where it goes on the wire."""

    python_name: str
    wire_name: str
    location: str  # path | query | header | cookie | body
    type_string: str
    required: bool
    description: str = ""
    prop: Any = None  # openapi-python-client Property
    constant: str | None = None  # a required single-value header filled in by the SDK
    deprecated: bool = False
    attr_name: str = ""  # for flattened body fields: the attribute name on the body model
    style: str | None = None  # serialization style of a query parameter (form, deepObject, ...)
    coerce: tuple[str, str] | None = None  # ("model" | "list", class): dicts accepted and turned into models


@dataclass
class Body:
    """The request body of an operation."""

    content_type: str
    kind: str  # json | multipart | form | binary
    flattened: bool
    param_name: str  # argument name when passed whole
    type_string: str
    model_class: str | None  # class built from flattened fields
    required: bool
    fields: list[Param] = field(default_factory=list)
    prop: Any = None


@dataclass
class ErrorResponse:
    status: int
    model_class: str | None
    description: str


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
    endpoint: Any  # openapi-python-client Endpoint
    params: list[Param]
    body: Body | None
    return_type: str
    success_responses: list[Any]  # openapi-python-client Response objects for 2xx
    errors: list[ErrorResponse]
    operation_id: str | None = None
    rate_limit: str | None = None
    extensions: dict[str, Any] = field(default_factory=dict)
    pagination: Any = None  # generator.plan.pagination.Pagination when the method returns a pager
    variant_of: str | None = None  # key of the operation this method is a media-type variant of

    @property
    def download(self) -> bool:
        """The success response is a binary body: the method can stream it into a file (`to_file=`)."""
        return (
            self.pagination is None
            and len(self.success_responses) == 1
            and self.success_responses[0].prop.__class__.__name__ == "FileProperty"
        )

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

    @property
    def name(self) -> str:
        return self.path[-1]

    @property
    def module(self) -> str:
        return "_".join(self.path)

    @property
    def class_name(self) -> str:
        from generator.plan.naming import pascal

        return pascal("_".join(self.path)) + "Resource"

    def walk(self) -> list[Resource]:
        out = [self]
        for child in self.children.values():
            out.extend(child.walk())
        return out


@dataclass
class Auth:
    kind: str  # bearer | api_key | basic | none
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


@dataclass
class Skip:
    kind: str  # operation | schema
    key: str
    pointer: str
    reason: str
    accepted: bool = False


@dataclass
class SdkPlan:
    config: Any  # SdkConfig
    title: str
    description: str
    api_version: str
    resources: dict[str, Resource]
    operations: list[Operation]
    auth: Auth
    environments: dict[str, str]
    skips: list[Skip] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    pagination: list[Any] = field(default_factory=list)  # pagination.Decision per GET operation
    lros: list[Any] = field(default_factory=list)  # lro.Lro: `begin_*` methods declared in sdk.yaml
    spec: dict[str, Any] = field(default_factory=dict, repr=False)  # the normalized spec (docs examples)
    models: ModelEmission = field(default_factory=ModelEmission)  # which models get a module (emission.py)

    def all_resources(self) -> list[Resource]:
        out: list[Resource] = []
        for resource in self.resources.values():
            out.extend(resource.walk())
        return out
