"""Extra import paths the SDK a generated one replaces offered (sdk.yaml `type_modules`).

Fern-generated SDKs re-export each API area's types from a module named after it
(`from flatfile.jobs import JobOutcome`, `from flatfile.commons import Action`) and name the variants
of a discriminated union `<Union>_<Value>` (`Property_String`, `JobOutcomeNext_Id`). Code written
against such an SDK keeps working when the generated package offers the same paths:

    type_modules:
      modules: [commons, jobs, property]      # one module each: <package>.<name>
      union_aliases: true                     # Property_String -> StringProperty, in every such module
      aliases:                                # per module: extra name -> a model or a package export
        client: {FlatFile: Flatfile, AsyncFlatFile: AsyncFlatfile}
      enum_members: true                      # an enum's name is a `StrEnum`: JobStatus.COMPLETE == "complete"
      root: true                              # the package answers every name of a type module too (flatfile.JobStatus)

Each module is lazy (a module `__getattr__`): importing it loads no model; a name resolves on first
use to the model of that name (every model of the package answers in every type module, which is a
superset of what each Fern module held) or to its alias. Fern's enums are classes whose members are
the values (`GuestAuthenticationEnum.SHARED_LINK`); ours are string `Literal`s, so with `enum_members`
a type module answers an enum's name with a `StrEnum` built on first use (its members are the plain
strings, so they go wherever the values go). With `root` the package itself falls back to the first
type module, as a Fern package exports every type. Decided here, placed by
templates/type_module.py.jinja and templates/package_init.py.jinja.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from generator.plan.naming import pascal, snake

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass(frozen=True)
class TypeModule:
    """`<package>.<name>`: every model lazily, plus `aliases`: extra name -> `"<module>:<attribute>"`,
    the module relative to the package (`.models:StringProperty`, `.:Flatfile` for a package export)."""

    name: str
    aliases: dict[str, str] = field(default_factory=dict)
    # alias -> (constructor keyword, value) filled in when the alias is called: Fern's `Property_String(key=...)`
    # needs no `type_="string"`, since the union variant's name says it
    presets: dict[str, tuple[str, str]] = field(default_factory=dict)
    enums: bool = False  # enum names answered as a `StrEnum` (sdk.yaml `enum_members`; the table is `_enums.py`)


def enum_members(schemas: Mapping[str, object], class_names: Mapping[str, str]) -> dict[str, dict[str, str]]:
    """Enum class -> {MEMBER: value} for every component schema that is an enum of strings (Fern's
    member names: the value in upper snake case, `shared_link` -> `SHARED_LINK`, `inProgress` ->
    `IN_PROGRESS`). An enum whose values do not give distinct identifiers gets none."""
    out: dict[str, dict[str, str]] = {}
    for name, schema in schemas.items():
        values = schema.get("enum") if isinstance(schema, Mapping) else None
        if name not in class_names or not isinstance(values, list):
            continue
        strings = [v for v in values if v is not None]
        if not strings or not all(isinstance(v, str) for v in strings):
            continue
        members = {_member(v): v for v in strings}
        if len(members) == len(strings) and all(_IDENT.match(m) for m in members):
            out[class_names[name]] = members  # in the spec's order, as the enum's members are
    return dict(sorted(out.items()))


def _member(value: str) -> str:
    member = snake(value).upper() or "EMPTY"
    return "_" + member if member[0].isdigit() else member


def union_aliases(schemas: Mapping[str, object], class_names: Mapping[str, str]) -> dict[str, str]:
    return {alias: cls for alias, (cls, _, _) in union_variants(schemas, class_names).items()}


def union_variants(schemas: Mapping[str, object], class_names: Mapping[str, str]) -> dict[str, tuple[str, str, str]]:
    """`<Union>_<Value>` -> (variant class, discriminator property, value); see `union_aliases`."""
    """`<Union>_<Value>` -> variant class for every discriminated union among the component schemas.

    `class_names` maps a component schema name to the class generated for it; a variant whose schema
    has no class (inline, or skipped) gets no alias. The union itself is named by its schema name. The value is the discriminator mapping's key
    (`string-list` -> `Property_StringList`), or the variant's single-valued discriminator property.
    """
    out: dict[str, tuple[str, str, str]] = {}
    for name, schema in schemas.items():
        if not isinstance(schema, Mapping):
            continue
        discriminator = schema.get("discriminator")
        variants = schema.get("oneOf") or schema.get("anyOf")
        if not isinstance(discriminator, Mapping) or not isinstance(variants, list):
            continue
        values: dict[str, str] = {}
        mapping = discriminator.get("mapping")
        if isinstance(mapping, Mapping):
            values = {str(k): str(v).rsplit("/", 1)[-1] for k, v in mapping.items()}
        prop = str(discriminator.get("propertyName", ""))
        for variant in variants:
            ref = variant.get("$ref") if isinstance(variant, Mapping) else None
            target = str(ref).rsplit("/", 1)[-1] if ref else None
            if target is None or target in values.values():
                continue
            variant_schema = schemas.get(target)
            props = variant_schema.get("properties") if isinstance(variant_schema, Mapping) else None
            enum = props.get(prop, {}).get("enum") if isinstance(props, Mapping) else None
            if isinstance(enum, list) and len(enum) == 1:
                values[str(enum[0])] = target
        for value, target in sorted(values.items()):
            union = name if _IDENT.match(name) else pascal(name)  # a union has no class of its own
            alias = f"{union}_{pascal(value)}"
            if target in class_names and _IDENT.match(alias) and not keyword.iskeyword(alias):
                out[alias] = (class_names[target], prop, value)
    return out


def plan_type_modules(
    section: object,
    schemas: Mapping[str, object],
    class_names: Mapping[str, str],
    reserved: set[str],
    field_names: Mapping[tuple[str, str], str] | None = None,
) -> list[TypeModule]:
    """The modules `section` (sdk.yaml `type_modules`, already validated) asks for.

    `reserved` holds the names the package already uses (`core`, `models`, `resources`, ...); a type
    module never replaces one of them. `field_names` maps (class, wire name) to the Python field name,
    for the discriminator a union alias fills in.
    """
    if not isinstance(section, Mapping):
        return []
    models = set(class_names.values())
    variants = union_variants(schemas, class_names) if section.get("union_aliases") else {}
    unions = {alias: cls for alias, (cls, _, _) in variants.items()}
    presets = {
        alias: ((field_names or {}).get((cls, prop), prop), value) for alias, (cls, prop, value) in variants.items()
    }
    extra = section.get("aliases") or {}
    enums = section.get("enum_members")
    names = [str(n) for n in section.get("modules") or []]
    names += [str(n) for n in extra if str(n) not in names]
    out = []
    for name in names:
        if name in reserved:
            continue
        aliases = {alias: f".models:{target}" for alias, target in unions.items()}
        for alias, target in (extra.get(name) or {}).items():
            aliases[str(alias)] = f".models:{target}" if target in models else f".:{target}"
        out.append(TypeModule(name, dict(sorted(aliases.items())), dict(sorted(presets.items())), bool(enums)))
    return out


def validate_section(section: object) -> str | None:
    """Why an sdk.yaml `type_modules` value is unusable (None: it is fine)."""
    if not isinstance(section, Mapping):
        return "expected a mapping with modules, union_aliases and aliases"
    known = {"modules", "union_aliases", "aliases", "enum_members", "root"}
    unknown = set(section) - known
    if unknown:
        return f"unknown key {sorted(unknown)[0]!r} (known: {', '.join(sorted(known))})"
    if section.get("root") and not section.get("modules"):
        return "root needs at least one module to fall back to"
    modules = section.get("modules") or []
    aliases = section.get("aliases") or {}
    if not isinstance(modules, list) or not isinstance(aliases, Mapping):
        return "modules must be a list of module names and aliases a mapping"
    for name in [*modules, *aliases]:
        if not isinstance(name, str) or not _IDENT.match(name) or keyword.iskeyword(name):
            return f"{name!r} is not a valid module name"
    for module, names in aliases.items():
        if not isinstance(names, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) and _IDENT.match(k) and _IDENT.match(v) for k, v in names.items()
        ):
            return f"aliases.{module} must map identifiers to identifiers"
    return None
