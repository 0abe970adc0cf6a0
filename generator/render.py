"""Stage 5, render: openapi-python-client's Project, composed with our templates and the SdkPlan.

We keep what openapi-python-client does well (attrs models with to_dict/from_dict, property
serialisation macros) and replace its free-function `api/` modules and `client.py` with resource
clients on our runtime. Our `templates/` folder comes first in the Jinja loader, so a template of
ours with the same name overrides its original.
"""

from __future__ import annotations

import builtins
import json
import keyword
import re
import shutil
from collections import ChainMap
from collections.abc import KeysView, MutableMapping
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PackageLoader, PrefixLoader, pass_environment
from jinja2.filters import do_wordwrap
from openapi_python_client import Project
from openapi_python_client.config import Config
from openapi_python_client.parser import import_string_from_class
from openapi_python_client.parser.openapi import GeneratorData
from openapi_python_client.parser.properties import LiteralEnumProperty, ModelProperty

from generator.docs import DocsContext
from generator.format import Formatter, without_unused_imports
from generator.plan.calls import pystr
from generator.plan.model import Resource, SdkPlan
from generator.resources import TEMPLATES  # the checkout's templates, or the installed copy
from generator.runtime_manifest import RuntimeFeatures, compat_modules, copy_runtime, public_exports


def tomlstr(value: object) -> str:
    """A TOML basic string (same escaping rules as JSON for what we emit)."""
    return json.dumps(str(value), ensure_ascii=True)


def doc(value: object) -> str:
    """Text safe inside a triple-quoted docstring: backslashes and quotes cannot end or escape it."""
    text = "" if value is None else str(value)
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if text.endswith('"'):
        text += " "
    if text.replace("\n", "").replace("\t", "").isprintable():  # the common case, without a loop per character
        return text
    return "".join(ch if ch in "\n\t" or ch.isprintable() else " " for ch in text)


def _module_imports(resource: Resource) -> tuple[set[str], set[str]]:
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
            if isinstance(op.body.prop, ModelProperty):
                lines.update(str(line) for line in op.body.prop.relative_imports or ())
                lines.update(str(line) for line in op.body.prop.lazy_imports or ())
    imports: set[str] = set()
    type_names: set[str] = set()
    for line in lines:
        if line.startswith("from ..types import "):
            type_names.update(name.strip() for name in line[len("from ..types import ") :].split(","))
        else:
            imports.add(line)
    return imports, type_names


_METADATA_NAMES = {"headers", "rate_limit", "calls_remaining"}


def with_response_metadata(code: str, class_name: str, field_names: list[str]) -> str:
    """Make one rendered openapi-python-client model also a `ResponseMetadata` (see sdk.yaml
    `response_metadata`): a plain (non-slotted) attrs class, so a response can be attached to it.
    A model with a field of one of those names keeps its field and gets no mixin."""
    marker = f"@_attrs_define\nclass {class_name}:"
    if marker not in code or _METADATA_NAMES & {str(n) for n in field_names}:
        return code
    code = code.replace(marker, f"@_attrs_define(slots=False)\nclass {class_name}(ResponseMetadata):", 1)
    names = ["ResponseMetadata"]
    for old, new in _ITEM_ACCESS.items():  # civis-python's Response: `response["id"]` as well as `.id`
        if old in code:
            code = code.replace(old, new, 1)
            names.append(new.split("return ", 1)[1].split("(", 1)[0])
    return code.replace(
        "from attrs import define as _attrs_define\n",
        "from attrs import define as _attrs_define\n\n"
        f"from .._core.response_metadata import {', '.join(sorted(names))}\n",
        1,
    )


_ITEM_ACCESS = {
    "        return self.additional_properties[key]\n": "        return field_item(self, key, self.additional_properties)\n",
    "        return key in self.additional_properties\n": "        return has_field_item(self, key, self.additional_properties)\n",
}


_BUILTINS = frozenset(dir(builtins))
_ATTRS_CLASS = re.compile(r"^(@_attrs_define(?:\(slots=False\))?\nclass (?P<name>\w+)\b)", re.MULTILINE)


def with_plain_names(code: str, class_name: str, field_names: list[str]) -> str:
    """A model whose fields shadow a builtin (`filter_`, `type_`, `next_`) also takes their plain names
    in its constructor (`_core._types.plain_names`), as models of the SDKs ours replace are called."""
    taken = {str(n) for n in field_names}
    renames = {
        name[:-1]: name
        for name in sorted(taken)
        if name.endswith("_") and name[:-1] in _BUILTINS and name[:-1] not in taken and not keyword.iskeyword(name[:-1])
    }
    match = next((m for m in _ATTRS_CLASS.finditer(code) if m.group("name") == class_name), None)
    if not renames or match is None:
        return code
    table = ", ".join(f"{k!r}: {v!r}".replace("'", '"') for k, v in renames.items())
    code = code[: match.start()] + f"@plain_names({{{table}}})\n" + code[match.start() :]
    return code.replace(
        "from attrs import define as _attrs_define\n",
        "from attrs import define as _attrs_define\n\nfrom .._core._types import plain_names\n",
        1,
    )


def with_model_repr(code: str) -> str:
    """Give one rendered openapi-python-client model the runtime's `model_repr` (unset fields left out of
    the repr, instead of attrs' `description=NOT_GIVEN`); attrs keeps a `__repr__` the class defines."""
    if "\n    def to_dict(self)" not in code:
        return code
    code = code.replace("\n    def to_dict(self)", "\n    __repr__ = model_repr\n\n    def to_dict(self)", 1)
    return code.replace(
        "from attrs import define as _attrs_define\n",
        "from attrs import define as _attrs_define\n\nfrom .._core._decode import model_repr\n",
        1,
    )


_LAZY_MODEL_IMPORT = re.compile(r"^[ \t]+from \.\.models\.\w+ import \w+ *# noqa: PLC0415[ \t]*\n", re.MULTILINE)


def without_import_statements(code: str) -> str:
    """Drop the `from ..models.x import X` statements openapi-python-client's template runs at every call of
    a model's `from_dict` (to keep models that refer to each other from importing each other eagerly).
    Our property templates name those classes through the models package instead (`_models.X`, loaded
    on first use and kept, see model_property.py.jinja): as lazy, without an import per call."""
    start = code.find("\n    def from_dict(")
    if start < 0 or "PLC0415" not in code[start:]:
        return code
    ends = [i for i in (code.find("\n    def ", start + 1), code.find("\n    @", start + 1)) if i >= 0]
    end = min(ends, default=len(code))
    return code[:start] + _LAZY_MODEL_IMPORT.sub("", code[start:end]) + code[end:]


_EMPTY_UPDATE = re.compile(r"^[ \t]*field_dict\.update\(\{\s*\}\)[ \t]*\n", re.MULTILINE)


def drop_empty_statements(code: str) -> str:
    """Remove the statements openapi-python-client's model template writes with nothing in them."""
    return _EMPTY_UPDATE.sub("", code)


_FROM_DICT = "\n    def from_dict("
_CONSTRUCTOR_CALL = re.compile(
    r"^(?P<indent>[ \t]+)(?P<var>\w+) = cls\(\n(?P<args>(?:[ \t]+\w+=\w+,\n)*)[ \t]*\)\n", re.MULTILINE
)
_KEYWORD = re.compile(r"^[ \t]+(\w+)=(\w+),$", re.MULTILINE)
_EXTRA_FIELD = re.compile(r"^    additional_properties: .* = _attrs_field\(init=False, factory=dict\)$", re.MULTILINE)


def without_init_call(code: str, field_names: list[str]) -> str:
    """A model's `from_dict` fills in the new object itself (`cls.__new__(cls)`, then one assignment per
    field) instead of calling the constructor openapi-python-client's template calls with keywords.

    The constructor is attrs' `__init__`: assignments only (the models have no validators, converters or
    `__attrs_post_init__`), plus a fresh `additional_properties` dict that `from_dict` replaces at once,
    and, for a model with `@plain_names`, a wrapper that looks for plain names among keyword arguments.
    Parsing a list of LaunchDarkly tokens (six models per item) spends ~1.1 us per token on keyword
    matching alone, ~0.6 us per `plain_names` wrapper and ~50 ns per wasted dict; assigning costs
    ~13 ns per field. The unknown keys kept in `d` become `additional_properties` as before, except that
    an emptied `d` is replaced by `{}`: `dict.pop` never shrinks a dict, so the copy of a 16-key object
    would keep its whole table alive in every parsed model.

    The call is left as it is when its keywords are not exactly the model's fields, when the model
    declares `additional_properties` and `from_dict` does not set it (nothing may stay unset), or when a
    field has the name of the variable that holds the new object."""
    start = code.find(_FROM_DICT)
    match = _CONSTRUCTOR_CALL.search(code, start) if start >= 0 else None
    if match is None:
        return code
    keywords = _KEYWORD.findall(match["args"])
    indent, var = match["indent"], match["var"]
    rest = code[match.end() :]
    sets_extra = f"\n{indent}{var}.additional_properties = " in rest
    names = sorted(name for name, _ in keywords)
    if names != sorted(map(str, field_names)) or sets_extra != bool(_EXTRA_FIELD.search(code, 0, start)):
        return code
    if var in names:  # a field named like the object (the plan renames such modules): its value would be lost
        return code
    assignments = "".join(f"{indent}{var}.{name} = {value}\n" for name, value in keywords)
    rest = rest.replace(
        f"\n{indent}{var}.additional_properties = d\n", f"\n{indent}{var}.additional_properties = d if d else {{}}\n", 1
    )
    return code[: match.start()] + f"{indent}{var} = cls.__new__(cls)\n" + assignments + rest


_COPY = re.compile(r"^[ \t]+d = dict\(src_dict\)\n", re.MULTILINE)


def without_unread_copy(code: str) -> str:
    """Drop `d = dict(src_dict)` from a `from_dict` that only iterates over it: the template copies the
    source so that it can pop the declared fields, and a model without declared fields pops none (its
    additional properties are each decoded into a new dict; one that keeps `d` itself keeps the copy)."""
    start = code.find(_FROM_DICT)
    if start < 0:
        return code
    end = code.find("\n    def ", start + 1)
    end = min((i for i in (end, code.find("\n    @", start + 1)) if i >= 0), default=len(code))
    body = code[start:end]
    if not _COPY.search(body):
        return code
    kept = _COPY.sub("", body, count=1).replace(" in d.items():", " in src_dict.items():", 1)
    if re.search(r"\bd\b", kept):  # `d` is popped or kept: the copy stays
        return code
    return code[:start] + kept + code[end:]


_TEXTWRAP_WHITESPACE = "\t\n\x0b\x0c\r "  # what textwrap splits words at


@pass_environment
def wordwrap(
    environment: Environment,
    s: str,
    width: int = 79,
    break_long_words: bool = True,
    wrapstring: str | None = None,
    break_on_hyphens: bool = True,
) -> str:
    """Jinja's `wordwrap` filter, with the same result, leaving textwrap out for a line that fits.

    openapi-python-client's model template wraps every docstring line of every model; most already
    fit, and textwrap then only drops the line's trailing whitespace, after a regex split per line.
    Kept for Jinja's own filter: a line that does not fit, and one with whitespace textwrap does not
    split at but drops at the end of a line (`str.strip` whitespace beyond ASCII's, and \\x1f)."""
    if not isinstance(s, str):
        return do_wordwrap(environment, s, width, break_long_words, wrapstring, break_on_hyphens)
    separator = environment.newline_sequence if wrapstring is None else wrapstring
    return separator.join(
        line.rstrip(_TEXTWRAP_WHITESPACE)
        if len(line) <= width and line.isascii() and "\x1f" not in line
        else do_wordwrap(environment, line, width, break_long_words, wrapstring, break_on_hyphens)
        for line in s.splitlines()
    )


def _imports_of(exports: dict[str, str]) -> list[tuple[str, list[str]]]:
    """The `from module import names` lines behind an export table (aliases, `module:name`, left out)."""
    by_module: dict[str, list[str]] = {}
    for name, module in sorted(exports.items()):
        if ":" not in module:
            by_module.setdefault(module, []).append(name)
    return sorted(by_module.items())


class _Globals(ChainMap[str, Any]):
    """A template's globals (Jinja's ChainMap over the environment's), whose `keys()` is a dict's.

    Jinja compares the importing and the imported template's global names at every `{% import %}`
    (`Template._get_default_module`: `set - globals.keys()`); against a ChainMap's KeysView that
    difference runs a Python-level `in` per name, a tenth of rendering a model (openapi-python-client's
    model template imports a property template per property). A dict's keys view does it in C."""

    def keys(self) -> KeysView[str]:  # the same names, in a faster view
        merged: dict[str, Any] = {}
        for mapping in reversed(self.maps):
            merged.update(mapping)
        return merged.keys()


class _SdkEnvironment(Environment):
    """openapi-python-client's Jinja environment with `_Globals` as every template's globals."""

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        return _Globals({} if d is None else d, self.globals)


class SdkProject(Project):
    """openapi-python-client's Project, building our package layout from an SdkPlan."""

    def __init__(
        self,
        *,
        openapi: GeneratorData,
        config: Config,
        plan: SdkPlan,
        docs: DocsContext,
        formatter: Formatter | None = None,
    ) -> None:
        super().__init__(openapi=openapi, config=config, custom_template_path=TEMPLATES)
        self.plan = plan
        self.docs = docs
        self.formatter = formatter  # given each module as it is written (see generator.format)
        self.env.__class__ = _SdkEnvironment  # its own settings and filters kept; see _Globals
        # The templates do not change while we render: no stat() of the template file at every
        # get_template / {% import %} / {% include %} (one per property of every model), and a plain
        # dict as the cache of loaded templates (Jinja's `cache_size=-1`) instead of its locked LRU
        # cache, which reorders a queue at every such lookup; a run loads a few dozen templates.
        self.env.auto_reload = False
        self.env.cache = {}
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
        self.env.filters["without_import_statements"] = without_import_statements
        self.env.filters["with_model_repr"] = with_model_repr
        self.env.filters["with_plain_names"] = with_plain_names
        self.env.filters["without_init_call"] = without_init_call
        self.env.filters["without_unread_copy"] = without_unread_copy
        self.env.filters.update(pystr=pystr, tomlstr=tomlstr, doc=doc, wordwrap=wordwrap)
        env_class = plan.config.client + "Environment"
        environments = plan.environments or {"production": "http://localhost"}
        self.env.globals.update(
            plan=plan,
            env_class=env_class,
            environment_items=list(environments.items()),
            default_env=next(iter(environments)),
            log_env_var=plan.config.log_env_var or f"{plan.config.env_prefix}_LOG",
            # every global set before the first template loads (Jinja: "avoid modifying any globals after")
            lazy_models={
                str(m.class_info.name): str(m.class_info.module_name) for m in [*openapi.models, *openapi.enums]
            },
        )

    def build_tree(self) -> None:
        """Write the whole project into `self.project_dir` (which must not exist yet)."""
        self.project_dir.mkdir(parents=True)
        # first: it configures ruff, which formats modules while the rest is rendered (see generator.format)
        self._render("pyproject.toml.jinja", self.project_dir / "pyproject.toml")
        self.package_dir.mkdir()
        self._write(self.package_dir / "py.typed", "")
        copy_runtime(self._runtime_features(), self.package_dir / "_core")
        if self.formatter is not None:  # formatted with the first models
            for path in sorted((self.package_dir / "_core").rglob("*.py")):
                self.formatter.add(path)
        self._render("types.py.jinja", self.package_dir / "types.py")
        self._build_models_lazily()
        self._build_resources()
        self._build_extensions()
        for type_module in self.plan.type_modules:
            self._render("type_module.py.jinja", self.package_dir / f"{type_module.name}.py", module=type_module)
        if self.plan.enum_members:
            example, members = next(iter(self.plan.enum_members.items()))
            self._render(
                "enums.py.jinja",
                self.package_dir / "_enums.py",
                enums=self.plan.enum_members,
                example=example,
                first_member=next(iter(members)),
            )
        self._render(
            "client.py.jinja",
            self.package_dir / "_client.py",
            client_docs=self.docs.client_docs,
        )
        self._render("environment.py.jinja", self.package_dir / "environment.py")
        exports = self._exports()
        self._render(
            "package_init.py.jinja",
            self.package_dir / "__init__.py",
            exports=exports,
            export_imports=_imports_of(exports),
            package_doc=self.docs.package_doc,
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
        if self.formatter is not None:
            self.formatter.flush()  # the last modules are formatted while the docs render
        for name in ("README.md", "reference.md", "models.md"):
            self._render(f"{name}.jinja", self.project_dir / name, docs_ctx=self.docs)

    def _build_extensions(self) -> None:
        """Copy the hand-written modules of sdk.yaml `extensions` into `<package>/extensions/` as they are."""
        if not self.plan.config.extensions:
            return
        folder = self.package_dir / "extensions"
        folder.mkdir()
        self._write(
            folder / "__init__.py",
            '"""Hand-written modules kept from openapi/<api>/extensions/ (sdk.yaml `extensions`)."""\n',
        )
        for extension in self.plan.config.extensions:
            shutil.copyfile(extension.source, folder / f"{extension.module}.py")

    def _write(self, path: Path, text: str) -> None:
        python = path.suffix == ".py"
        if python and path.name != "__init__.py":
            text = without_unused_imports(text)  # before ruff, see generator.format
        path.write_text(text, encoding="utf-8", newline="\n")
        if python and self.formatter is not None:
            self.formatter.add(path)

    def _render(self, template: str, path: Path, **context: object) -> None:
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
            streaming=any(op.stream for r in self.plan.all_resources() for op in r.operations),
            compat=frozenset(self.plan.config.compat),
        )

    def _build_models(self) -> None:
        """openapi-python-client's `_build_models` with its templates, each module written by `_write`.

        Its enums are all literal enums here (`literal_enums: true` in its config)."""
        models_dir = self.package_dir / "models"
        models_dir.mkdir()
        model_template = self.env.get_template("model.py.jinja")
        for model in self.openapi.models:
            self._write(models_dir / f"{model.class_info.module_name}.py", model_template.render(model=model))
        enum_template = self.env.get_template("literal_enum.py.jinja")
        for enum in self.openapi.enums:
            if not isinstance(enum, LiteralEnumProperty):
                raise AssertionError(f"{enum.class_info.name}: not a literal enum")
            self._write(models_dir / f"{enum.class_info.module_name}.py", enum_template.render(enum=enum))
        imports = [import_string_from_class(m.class_info) for m in [*self.openapi.models, *self.openapi.enums]]
        self._render("models_init.py.jinja", models_dir / "__init__.py", imports=imports)

    def _build_models_lazily(self) -> None:
        self._build_models()
        from generator.plan.wire_names import wire_name_table

        table = wire_name_table(self.openapi.models)
        self._render("wire_names.py.jinja", self.package_dir / "models" / "_wire_names.py", wire_names=table)

    def _build_resources(self) -> None:
        folder = self.package_dir / "resources"
        folder.mkdir()
        self._write(
            folder / "__init__.py", '"""Resource clients; each module is imported on first attribute access."""\n'
        )
        for resource in self.plan.all_resources():
            imports, type_names = _module_imports(resource)
            self._render(
                "resource.py.jinja",
                folder / f"{resource.module}.py",
                resource=resource,
                imports=sorted(imports),
                type_names=sorted(type_names | {"UNSET", "Unset"}),
                docstrings=self.docs.method_docs,
                resource_doc=self.docs.resource_docs[resource.path],
            )
