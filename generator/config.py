"""The per-API configuration (`openapi/<api>/sdk.yaml`), read into a typed, validated object."""

from __future__ import annotations

import json
import keyword
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.errors import ConfigError
from generator.plan.lro import LroSpec, lro_specs_from_config
from generator.plan.naming import identifier
from generator.plan.pagination import PaginationOverride, overrides_from_config
from generator.plan.parsed import config_entries
from generator.runtime_manifest import COMPAT_SETS

NAMING_STRATEGIES = ("operation_id", "dotted", "path", "tag")
BODY_STYLES = ("flatten", "whole")
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass(frozen=True)
class Override:
    """Pins one operation (method + path) to a resource and a method name."""

    method: str
    path: str
    resource: str | None = None
    name: str | None = None
    aliases: tuple[str, ...] = ()  # more names for the same method (the seed SDK's `create_request_flag_0`)
    param_aliases: dict[str, str] = field(default_factory=dict)  # accepted name -> argument it stands for


@dataclass(frozen=True)
class Extension:
    """A hand-written module (sdk.yaml `extensions`) copied into the package as `<package>.extensions.<module>`,
    its classes mixed into the clients."""

    module: str
    source: Path  # openapi/<api>/extensions/<module>.py
    client: str | None = None  # class mixed into the sync client
    async_client: str | None = None  # class mixed into the async client


# Constructor arguments a `client_params` entry may stand for, with their types.
CLIENT_PARAM_TYPES = {
    "timeout": "float | None",
    "max_retries": "int | None",
    "deadline": "float | None",
    "max_response_bytes": "int | None",
    "base_url": "str | None",
}


@dataclass(frozen=True)
class ClientParam:
    """A constructor argument of the SDK this one replaces (sdk.yaml `client_params`): another name
    for one of ours (`alias_of`), or accepted with the values that keep their old meaning here
    (`values`, the first one the default), e.g. civis-python's `resources='all'`."""

    name: str
    alias_of: str | None = None
    values: tuple[str, ...] = ()

    @property
    def annotation(self) -> str:
        return CLIENT_PARAM_TYPES[self.alias_of] if self.alias_of else "str"

    @property
    def default(self) -> str:
        return "None" if self.alias_of else _pystr(self.values[0])

    @property
    def values_literal(self) -> str:
        """The accepted values as a Python tuple expression."""
        items = ", ".join(_pystr(v) for v in self.values)
        return f"({items},)" if len(self.values) == 1 else f"({items})"

    @property
    def error(self) -> str:
        """The f-string expression of the ValueError for a value outside `values`."""
        accepted = ", ".join(repr(v) for v in self.values)
        return "f" + json.dumps(f"{self.name}={{{self.name}!r}} is not supported here (accepted: {accepted})")


def _pystr(value: str) -> str:
    return json.dumps(value)


@dataclass(frozen=True)
class AcceptedSkip:
    method: str
    path: str
    reason: str


@dataclass(frozen=True)
class ContentTypeVariant:
    """A second request media type of one operation, generated as its own method (sdk.yaml `content_types`)."""

    method: str
    path: str
    content_type: str
    name: str


@dataclass(frozen=True)
class SdkConfig:
    """Everything the pipeline needs to know about one API beyond its spec."""

    spec: str
    package: str
    distribution: str
    client: str
    async_client: str
    version: str = "0.1.0"
    naming: str = "operation_id"
    body_style: str = "flatten"
    body_param: str = "request"
    flatten_named: bool = False
    auth_param: str = "token"
    auth_env_var: str | None = None
    auth_prefix: str | None = None  # e.g. "Bearer" for an apiKey header that carries "Bearer <key>"
    environments: dict[str, str] = field(default_factory=dict)
    overrides: tuple[Override, ...] = ()
    raw_alias: str | None = None
    async_prefix: bool = False
    idempotency_header: str | None = None
    accepted_skips: tuple[AcceptedSkip, ...] = ()
    log_env_var: str | None = None
    iterator_param: bool = False  # Civis: list methods also accept `iterator: bool = False`
    aliases: dict[str, str] = field(default_factory=dict)  # extra export name -> exported name
    response_metadata: bool = False  # models expose .headers/.rate_limit/.calls_remaining (civis-python)
    readme_notes: tuple[str, ...] = ()  # where this SDK knowingly differs from the SDK it replaces
    compat: tuple[str, ...] = ()  # runtime alias sets to ship (generator/runtime_manifest.py COMPAT_SETS)
    compat_modules: tuple[str, ...] = ()  # documented import paths into `core` kept as aliases, e.g. "core"
    pagination: dict[tuple[str, str], PaginationOverride] = field(default_factory=dict)  # (method, path) ->
    lros: tuple[LroSpec, ...] = ()
    content_types: tuple[ContentTypeVariant, ...] = ()
    inferred: bool = False  # no sdk.yaml: every name was inferred from the spec (cli._default_config)
    # "path": only path parameters are positional; "required": path parameters, then the required query
    # and body fields in the spec's order, are positional (civis-python's call style)
    positional: str = "path"
    param_aliases: dict[str, str] = field(default_factory=dict)  # accepted everywhere the target exists
    type_modules: dict[str, Any] = field(default_factory=dict)  # validated by plan.reexports
    extensions: tuple[Extension, ...] = ()
    client_params: tuple[ClientParam, ...] = ()

    @property
    def env_prefix(self) -> str:
        return re.sub(r"[^A-Z0-9]+", "_", self.package.upper()).strip("_")

    def override_for(self, method: str, path: str) -> Override | None:
        for item in self.overrides:
            if item.method == method.lower() and item.path == path:
                return item
        return None


_KNOWN = {
    "spec", "package", "distribution", "client", "async_client", "version", "naming", "body_style",
    "body_param", "flatten_named", "auth", "environments", "overrides", "raw_alias", "async_prefix",
    "idempotency_header", "accepted_skips", "log_env_var", "aliases", "pagination", "lro", "content_types",
    "iterator_param", "readme_notes", "response_metadata", "compat", "compat_modules", "positional",
    "param_aliases", "type_modules", "extensions", "client_params",
}  # fmt: skip
POSITIONAL_STYLES = ("path", "required")


def _name_map(file: str, key: str, raw: object) -> dict[str, str]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise ConfigError(file, key, "expected a mapping of accepted name to argument name")
    return {_identifier(file, f"{key}.{k}", k): _identifier(file, f"{key}.{k}", v) for k, v in raw.items()}


def _extensions(file: str, raw: object) -> tuple[Extension, ...]:
    folder = Path(file).parent / "extensions"
    out: list[Extension] = []
    for key, item in config_entries(file, "extensions", raw, "{module, client, async_client}"):
        if "module" not in item:
            raise ConfigError(file, key + ".module", "is required")
        module = _identifier(file, key + ".module", item["module"])
        source = folder / f"{module}.py"
        if not source.is_file():
            raise ConfigError(file, key + ".module", f"no file {source}")
        client, async_client = item.get("client"), item.get("async_client")
        out.append(
            Extension(
                module,
                source,
                _identifier(file, key + ".client", client) if client else None,
                _identifier(file, key + ".async_client", async_client) if async_client else None,
            )
        )
    return tuple(out)


def _identifier(file: str, key: str, value: object, *, dotted: bool = False) -> str:
    if not isinstance(value, str):
        raise ConfigError(file, key, f"expected a string, got {type(value).__name__}")
    parts = value.split(".") if dotted else [value]
    for part in parts:
        if not _IDENT.match(part) or keyword.iskeyword(part):
            raise ConfigError(file, key, f"{value!r} is not a valid Python identifier")
    return value


def _string(file: str, key: str, value: object) -> str:
    if not isinstance(value, str) or not value:
        raise ConfigError(file, key, "expected a non-empty string")
    return value


def _content_types(file: str, raw: object) -> tuple[ContentTypeVariant, ...]:
    return tuple(
        ContentTypeVariant(
            method=_string(file, key + ".method", item.get("method")).lower(),
            path=_string(file, key + ".path", item.get("path")),
            content_type=_string(file, key + ".content_type", item.get("content_type")),
            name=identifier(_string(file, key + ".name", item.get("name"))),
        )
        for key, item in config_entries(file, "content_types", raw, "{method, path, content_type, name}")
    )


def _default_distribution(package: str) -> str:
    """`bookshelf` → `bookshelf-sdk`: a bare API name on PyPI is usually someone else's project."""
    name = package.replace("_", "-")
    return name if name.endswith("sdk") else name + "-sdk"


def config_from_dict(data: dict[str, Any], file: str = "sdk.yaml") -> SdkConfig:
    """Validate a parsed sdk.yaml mapping and build the config; errors name the key."""
    if not isinstance(data, dict):
        raise ConfigError(file, "/", "expected a mapping at the top level")
    unknown = sorted(set(data) - _KNOWN)
    if unknown:
        raise ConfigError(file, unknown[0], "unknown key (known keys: " + ", ".join(sorted(_KNOWN)) + ")")
    for required in ("spec", "package", "client", "async_client"):
        if required not in data:
            raise ConfigError(file, required, "is required")
    naming = data.get("naming", "operation_id")
    if naming not in NAMING_STRATEGIES:
        raise ConfigError(file, "naming", f"must be one of {', '.join(NAMING_STRATEGIES)}")
    body_style = data.get("body_style", "flatten")
    if body_style not in BODY_STYLES:
        raise ConfigError(file, "body_style", f"must be one of {', '.join(BODY_STYLES)}")
    auth = data.get("auth") or {}
    if not isinstance(auth, dict):
        raise ConfigError(file, "auth", "expected a mapping")
    overrides = []
    for key, item in config_entries(file, "overrides", data.get("overrides"), "{method, path, resource, name, ...}"):
        resource = item.get("resource")
        name = item.get("name")
        aliases = item.get("aliases") or []
        if not isinstance(aliases, list):
            raise ConfigError(file, key + ".aliases", "expected a list of method names")
        overrides.append(
            Override(
                method=_string(file, key + ".method", item.get("method")).lower(),
                path=_string(file, key + ".path", item.get("path")),
                resource=_identifier(file, key + ".resource", resource, dotted=True) if resource else None,
                name=_identifier(file, key + ".name", name) if name else None,
                aliases=tuple(_identifier(file, key + ".aliases", a) for a in aliases),
                param_aliases=_name_map(file, key + ".param_aliases", item.get("param_aliases")),
            )
        )
    skips = []
    for key, item in config_entries(file, "accepted_skips", data.get("accepted_skips"), "{method, path, reason}"):
        if not item.get("reason"):
            raise ConfigError(file, key + ".reason", "is required")
        skips.append(AcceptedSkip(str(item.get("method", "")).lower(), str(item.get("path", "")), str(item["reason"])))
    environments = data.get("environments") or {}
    if not isinstance(environments, dict) or not all(isinstance(v, str) for v in environments.values()):
        raise ConfigError(file, "environments", "expected a mapping of name to URL")
    package = _identifier(file, "package", data["package"])
    compat = tuple(data.get("compat") or ())
    for i, name in enumerate(compat):
        if name not in COMPAT_SETS:
            raise ConfigError(file, f"compat[{i}]", f"unknown alias set {name!r} (known: {', '.join(COMPAT_SETS)})")
    compat_modules = tuple(
        _identifier(file, f"compat_modules[{i}]", name, dotted=True)
        for i, name in enumerate(data.get("compat_modules") or ())
    )
    if any(
        name.split(".")[0] in ("_core", "_client", "resources", "models", "types", "environment")
        for name in compat_modules
    ):
        raise ConfigError(file, "compat_modules", "must not shadow a module of the package")
    return SdkConfig(
        spec=_string(file, "spec", data["spec"]),
        package=package,
        distribution=_string(file, "distribution", data.get("distribution", _default_distribution(package))),
        client=_identifier(file, "client", data["client"]),
        async_client=_identifier(file, "async_client", data["async_client"]),
        version=str(data.get("version", "0.1.0")),
        naming=naming,
        body_style=body_style,
        body_param=_identifier(file, "body_param", data.get("body_param", "request")),
        flatten_named=bool(data.get("flatten_named", False)),
        auth_param=_identifier(file, "auth.param", auth.get("param", "token")),
        auth_env_var=auth.get("env_var"),
        auth_prefix=auth.get("prefix"),
        environments={str(k): v for k, v in environments.items()},
        overrides=tuple(overrides),
        raw_alias=_identifier(file, "raw_alias", data["raw_alias"]) if data.get("raw_alias") else None,
        async_prefix=bool(data.get("async_prefix", False)),
        idempotency_header=data.get("idempotency_header"),
        accepted_skips=tuple(skips),
        log_env_var=data.get("log_env_var"),
        iterator_param=bool(data.get("iterator_param", False)),
        response_metadata=bool(data.get("response_metadata", False)),
        readme_notes=tuple(str(n) for n in data.get("readme_notes") or ()),
        compat=compat,
        compat_modules=compat_modules,
        aliases={
            _identifier(file, f"aliases.{k}", k): _identifier(file, f"aliases.{k}", v)
            for k, v in (data.get("aliases") or {}).items()
        },
        pagination=overrides_from_config(data.get("pagination"), file),
        lros=lro_specs_from_config(data.get("lro"), file),
        content_types=_content_types(file, data.get("content_types")),
        positional=_positional(file, data.get("positional", "path")),
        param_aliases=_name_map(file, "param_aliases", data.get("param_aliases")),
        type_modules=_type_modules(file, data.get("type_modules")),
        extensions=_extensions(file, data.get("extensions")),
        client_params=_client_params(file, data.get("client_params")),
    )


def _client_params(file: str, raw: object) -> tuple[ClientParam, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, dict):
        raise ConfigError(
            file, "client_params", "expected a mapping of name to an argument of ours or a list of values"
        )
    out = []
    for name, value in raw.items():
        key = f"client_params.{name}"
        ident = _identifier(file, key, name)
        if isinstance(value, str):
            if value not in CLIENT_PARAM_TYPES:
                raise ConfigError(file, key, f"must name one of {', '.join(sorted(CLIENT_PARAM_TYPES))}")
            out.append(ClientParam(ident, alias_of=value))
        elif isinstance(value, list) and value and all(isinstance(v, (str, int, float)) for v in value):
            out.append(ClientParam(ident, values=tuple(str(v) for v in value)))
        else:
            raise ConfigError(file, key, "expected an argument name of ours or a non-empty list of accepted values")
    return tuple(out)


def _positional(file: str, value: object) -> str:
    if value not in POSITIONAL_STYLES:
        raise ConfigError(file, "positional", f"must be one of {', '.join(POSITIONAL_STYLES)}")
    return str(value)


def _type_modules(file: str, raw: object) -> dict[str, Any]:
    from generator.plan.reexports import validate_section

    if raw is None:
        return {}
    problem = validate_section(raw)
    if problem is not None:
        raise ConfigError(file, "type_modules", problem)
    assert isinstance(raw, dict)
    return raw


def load_config(path: Path) -> SdkConfig:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(str(path), "/", f"cannot read: {exc}") from None
    return config_from_dict(data, str(path))
