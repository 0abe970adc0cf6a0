"""Stage 4, render: openapi-python-client's Project, composed with our templates and the SdkPlan.

We keep what openapi-python-client does well (attrs models with to_dict/from_dict, property
serialisation macros) and replace its free-function `api/` modules and `client.py` with resource
clients on our runtime. Our `templates/` folder comes first in the Jinja loader, so a template of
ours with the same name overrides its original.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, FileSystemLoader, PackageLoader, PrefixLoader
from openapi_python_client import Project
from openapi_python_client.config import Config

from generator.plan import docs
from generator.plan.model import Operation, SdkPlan
from generator.runtime_manifest import RuntimeFeatures, compat_modules, copy_runtime, public_exports

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def pystr(value: object) -> str:
    """A Python string literal for any text: JSON string syntax is valid Python and escapes everything."""
    return json.dumps("" if value is None else str(value), ensure_ascii=True)


def tomlstr(value: object) -> str:
    """A TOML basic string (same escaping rules as JSON for what we emit)."""
    return json.dumps(str(value), ensure_ascii=True)


def doc(value: object) -> str:
    """Text safe inside a triple-quoted docstring: backslashes and quotes cannot end or escape it."""
    text = "" if value is None else str(value)
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if text.endswith('"'):
        text += " "
    return "".join(ch if ch in "\n\t" or ch.isprintable() else " " for ch in text)


_BUILTIN_TYPES = ("list", "dict", "set", "tuple", "type", "str", "int", "float", "bool", "bytes", "object")


def qualify_builtins(type_string: str, shadowed: set[str]) -> str:
    """`list[X]` → `builtins.list[X]` where a method of the class is itself named `list`."""
    for name in shadowed:
        type_string = re.sub(rf"(?<![\w.]){name}\b", f"builtins.{name}", type_string)
    return type_string


def _shadowed_builtins(resource: Any, raw_alias: str | None, later: list[str]) -> dict[str, Any]:
    """Builtin type names that a resource class has bound, by the time each method's annotations are read.

    A class body binds its members in order, and mypy resolves a name in an annotation to the member
    bound before it: in `def get(self) -> list[Book]` after `def list(...)`, `list` is the method. Only
    such annotations get `builtins.list`; `def list(self) -> list[Book]` itself, and every method
    before it, keep the plain name. `shadowed` also holds the `later` members (long-running
    operations), for the methods after the operations (those and the coroutine twins).
    """
    builtin = set(_BUILTIN_TYPES)
    bound = {"with_raw_response", *resource.children, *([raw_alias] if raw_alias else [])}
    before: dict[str, list[str]] = {}
    for op in resource.operations:
        before[op.key] = sorted(bound & builtin)
        bound.add(op.name)
    return {"shadowed_before": before, "shadowed": sorted((bound | set(later)) & builtin)}


def kwarg(name: str) -> str:
    return f"{name}={name}"


def field_kwarg(field: Any) -> str:
    """`attr=argument` for building a flattened body model from the method's keyword arguments."""
    value = field.python_name
    if field.coerce is not None and field.coerce[0] == "file":
        value = f"as_file({value})"
    elif field.coerce is not None:
        helper = "as_model" if field.coerce[0] == "model" else "as_models"
        value = f"{helper}({field.coerce[1]}, {value})"
    return f"{field.attr_name or field.python_name}={value}"


_PLAIN_PATH = re.compile(r'^"[A-Za-z0-9_\-./~:@]*"$')


def path_expression(op: Operation) -> str:
    """A Python expression for the request path, each path parameter percent-encoded."""
    parts: list[str] = []
    rest = op.path
    names = {p.wire_name: p.python_name for p in op.path_params}
    while rest:
        start = rest.find("{")
        end = rest.find("}", start)
        if start < 0 or end < 0:
            parts.append(pystr(rest))
            break
        if start:
            parts.append(pystr(rest[:start]))
        wire = rest[start + 1 : end]
        parts.append(f"encode_path({names[wire]})" if wire in names else pystr(rest[start : end + 1]))
        rest = rest[end + 1 :]
    if not parts:
        return '"/"'
    if all(part.startswith("encode_path(") or _PLAIN_PATH.match(part) for part in parts):
        return 'f"' + "".join("{" + p + "}" if p.startswith("encode_path(") else p[1:-1] for p in parts) + '"'
    return " + ".join(parts)


def _module_imports(resource: Any) -> tuple[set[str], set[str]]:
    """Imports a resource module needs: its operations' models, plus the types of flattened body fields.

    openapi-python-client writes them relative to `api/<tag>/`; resource modules sit one level higher.
    Names from the package's `types` module are merged into one import line.
    """
    lines: set[str] = set()
    for op in resource.operations:
        lines.update(str(line).replace("from ...", "from ..", 1) for line in op.endpoint.relative_imports)
        if op.pagination is not None:  # the item type of a pager (already relative to resources/)
            lines.update(op.pagination.imports)
        if op.body is not None and op.body.flattened:
            # The body model's own module imports (written for models/, same depth as resources/).
            lines.update(str(line) for line in getattr(op.body.prop, "relative_imports", ()) or ())
            lines.update(str(line) for line in getattr(op.body.prop, "lazy_imports", ()) or ())
    imports: set[str] = set()
    type_names: set[str] = set()
    for line in lines:
        if line.startswith("from ..types import "):
            type_names.update(name.strip() for name in line[len("from ..types import ") :].split(","))
        else:
            imports.add(line)
    return imports, type_names


def _error_tables(resource: Any) -> dict[str, Any]:
    """Module-level status → error-model tables, one per distinct table: operations that document the
    same errors share one constant (`_ERRORS`, then `_ERRORS_2`, ...) instead of repeating it."""
    tables: dict[tuple[tuple[int, str], ...], str] = {}
    table_of: dict[str, str | None] = {}
    for op in resource.operations:
        entries = tuple((e.status, e.model_class) for e in op.errors if e.model_class)
        if not entries:
            table_of[op.key] = None
            continue
        if entries not in tables:
            tables[entries] = "_ERRORS" if not tables else f"_ERRORS_{len(tables) + 1}"
        table_of[op.key] = tables[entries]
    return {"error_tables": [(name, list(entries)) for entries, name in tables.items()], "error_table_of": table_of}


_METADATA_NAMES = {"headers", "rate_limit", "calls_remaining"}


def with_response_metadata(code: str, class_name: str, field_names: list[str]) -> str:
    """Make one rendered openapi-python-client model also a `ResponseMetadata` (see sdk.yaml
    `response_metadata`): a plain (non-slotted) attrs class, so a response can be attached to it.
    A model with a field of one of those names keeps its field and gets no mixin."""
    marker = f"@_attrs_define\nclass {class_name}:"
    if marker not in code or _METADATA_NAMES & {str(n) for n in field_names}:
        return code
    code = code.replace(marker, f"@_attrs_define(slots=False)\nclass {class_name}(ResponseMetadata):", 1)
    return code.replace(
        "from attrs import define as _attrs_define\n",
        "from attrs import define as _attrs_define\n\nfrom .._core.response_metadata import ResponseMetadata\n",
        1,
    )


_EMPTY_UPDATE = re.compile(r"^[ \t]*field_dict\.update\(\{\s*\}\)[ \t]*\n", re.MULTILINE)


def drop_empty_statements(code: str) -> str:
    """Remove the statements openapi-python-client's model template writes with nothing in them."""
    return _EMPTY_UPDATE.sub("", code)


def _imports_of(exports: dict[str, str]) -> list[tuple[str, list[str]]]:
    """The `from module import names` lines behind an export table (aliases, `module:name`, left out)."""
    by_module: dict[str, list[str]] = {}
    for name, module in sorted(exports.items()):
        if ":" not in module:
            by_module.setdefault(module, []).append(name)
    return sorted(by_module.items())


class SdkProject(Project):
    """openapi-python-client's Project, building our package layout from an SdkPlan."""

    def __init__(self, *, openapi: Any, config: Config, plan: SdkPlan) -> None:
        super().__init__(openapi=openapi, config=config, custom_template_path=TEMPLATES)
        self.plan = plan
        # Our templates first; openapi-python-client's originals stay reachable as "oapc/<name>" so a template
        # of ours can extend one instead of copying it.
        self.env.loader = ChoiceLoader(
            [
                FileSystemLoader(str(TEMPLATES)),
                PrefixLoader({"oapc": PackageLoader("openapi_python_client")}),
                PackageLoader("openapi_python_client"),
            ]
        )
        self.env.filters["with_response_metadata"] = with_response_metadata
        self.env.filters["drop_empty_statements"] = drop_empty_statements
        self.env.filters.update(
            pystr=pystr, tomlstr=tomlstr, doc=doc, kwarg=kwarg, field_kwarg=field_kwarg, qualify=qualify_builtins
        )
        env_class = plan.config.client + "Environment"
        environments = plan.environments or {"production": "http://localhost"}
        self.env.globals.update(
            plan=plan,
            env_class=env_class,
            environment_items=list(environments.items()),
            default_env=next(iter(environments)),
            log_env_var=plan.config.log_env_var or f"{plan.config.env_prefix}_LOG",
        )

    def build_tree(self) -> None:
        """Write the whole project into `self.project_dir` (which must not exist yet)."""
        self.project_dir.mkdir(parents=True)
        self.package_dir.mkdir()
        self._write(self.package_dir / "py.typed", "")
        copy_runtime(self._runtime_features(), self.package_dir / "_core")
        self._render("types.py.jinja", self.package_dir / "types.py")
        self._build_models_lazily()
        self._build_resources()
        self._render(
            "client.py.jinja",
            self.package_dir / "_client.py",
            client_docs={"sync": docs.client_doc(self.plan, False), "async": docs.client_doc(self.plan, True)},
        )
        self._render("environment.py.jinja", self.package_dir / "environment.py")
        exports = self._exports()
        self._render(
            "package_init.py.jinja",
            self.package_dir / "__init__.py",
            exports=exports,
            export_imports=_imports_of(exports),
            package_doc=docs.package_doc(self.plan),
        )
        runtime_imports = [(m, n) for m, n in _imports_of(exports) if m.startswith("._core.")]
        for module in compat_modules(self.plan.config.compat_modules):
            path = self.package_dir / module.path
            path.parent.mkdir(parents=True, exist_ok=True)
            self._render(
                "compat_module.py.jinja",
                path,
                module=module,
                module_dots=module.parents,
                runtime_imports=runtime_imports,
                names_all=sorted(name for _, names in runtime_imports for name in names),
            )
        self._render("pyproject.toml.jinja", self.project_dir / "pyproject.toml")
        from generator.plan.examples import docs_context  # docs: README.md, reference.md, models.md

        docs_ctx = docs_context(self.plan, self.openapi, self.package_dir)
        for name in ("README.md", "reference.md", "models.md"):
            self._render(f"{name}.jinja", self.project_dir / name, docs_ctx=docs_ctx)

    def _write(self, path: Path, text: str) -> None:
        path.write_text(text, encoding="utf-8", newline="\n")

    def _render(self, template: str, path: Path, **context: Any) -> None:
        self._write(path, self.env.get_template(template).render(**context))

    def _exports(self) -> dict[str, str]:
        config = self.plan.config
        exports = {config.client: "._client", config.async_client: "._client"}
        exports[config.client + "Environment"] = ".environment"
        exports.update(public_exports(self._runtime_features()))
        for alias, target in sorted(config.aliases.items()):  # the seed SDK's own names, e.g. ApiException
            exports[alias] = f"{exports[target]}:{target}"
        return exports

    def _runtime_features(self) -> RuntimeFeatures:
        return RuntimeFeatures(
            pagination=any(op.pagination for r in self.plan.all_resources() for op in r.operations),
            polling=bool(self.plan.lros),
            response_metadata=self.plan.config.response_metadata,
            compat=frozenset(self.plan.config.compat),
        )

    def _build_models_lazily(self) -> None:
        lazy = {
            str(m.class_info.name): str(m.class_info.module_name) for m in [*self.openapi.models, *self.openapi.enums]
        }
        self.env.globals["lazy_models"] = lazy
        self._build_models()

    def _build_resources(self) -> None:
        folder = self.package_dir / "resources"
        folder.mkdir()
        self._write(
            folder / "__init__.py", '"""Resource clients; each module is imported on first attribute access."""\n'
        )
        for resource in self.plan.all_resources():
            imports, type_names = _module_imports(resource)
            signature = {}
            for op in resource.operations:
                keyword = [p for p in op.keyword_params]
                fields = []
                if op.body is not None:
                    if op.body.flattened:
                        fields = list(op.body.fields)
                    else:
                        from generator.plan.model import Param

                        fields = [Param(op.body.param_name, "", "body", op.body.type_string, op.body.required)]
                ordered = [p for p in [*keyword, *fields] if p.required] + [
                    p for p in [*keyword, *fields] if not p.required
                ]
                signature[op.key] = ordered
            self._render(
                "resource.py.jinja",
                folder / f"{resource.module}.py",
                resource=resource,
                imports=sorted(imports),
                type_names=sorted(type_names | {"UNSET", "Unset"}),
                signature=signature,
                path_exprs={op.key: path_expression(op) for op in resource.operations},
                docstrings={op.key: docs.method_doc(op) for op in resource.operations},
                resource_doc=docs.resource_doc(resource),
                **_error_tables(resource),
                **_shadowed_builtins(
                    resource,
                    self.plan.config.raw_alias,
                    [lro.name for lro in self.plan.lros if lro.resource == resource.path],
                ),
            )
