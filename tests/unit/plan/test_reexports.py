from generator.plan.reexports import TypeModule, enum_members, plan_type_modules, union_aliases, validate_section

SCHEMAS = {
    "Property": {
        "oneOf": [{"$ref": "#/components/schemas/StringProperty"}, {"$ref": "#/components/schemas/ListProperty"}],
        "discriminator": {
            "propertyName": "type",
            "mapping": {
                "string": "#/components/schemas/StringProperty",
                "string-list": "#/components/schemas/ListProperty",
            },
        },
    },
    "Next": {  # no mapping: the variant's single-valued discriminator property names it
        "oneOf": [{"$ref": "#/components/schemas/NextId"}, {"$ref": "#/components/schemas/Inline"}],
        "discriminator": {"propertyName": "type"},
    },
    "NextId": {"type": "object", "properties": {"type": {"type": "string", "enum": ["id"]}}},
    "Inline": {"type": "object", "properties": {"type": {"type": "string"}}},
    "Plain": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
    "StringProperty": {"type": "object"},
    "ListProperty": {"type": "object"},
}
CLASSES = {n: n for n in SCHEMAS}


def test_union_aliases_follow_fern_names() -> None:
    assert union_aliases(SCHEMAS, CLASSES) == {
        "Next_Id": "NextId",
        "Property_String": "StringProperty",
        "Property_StringList": "ListProperty",
    }


def test_a_variant_without_a_class_gets_no_alias() -> None:
    classes = {k: v for k, v in CLASSES.items() if k != "ListProperty"}
    assert "Property_StringList" not in union_aliases(SCHEMAS, classes)


def test_modules_with_aliases_and_reserved_names() -> None:
    section = {
        "modules": ["jobs", "models", "property"],
        "union_aliases": True,
        "aliases": {"client": {"FlatFile": "Flatfile"}, "jobs": {"Outcome": "NextId"}},
    }
    modules = plan_type_modules(section, SCHEMAS, CLASSES, reserved={"models", "core"})
    assert [m.name for m in modules] == ["jobs", "property", "client"]
    jobs, prop, client = modules
    assert jobs.aliases["Outcome"] == ".models:NextId"
    assert prop.aliases["Property_String"] == ".models:StringProperty"
    assert prop.presets["Property_String"] == ("type", "string")  # the discriminator the alias fills in
    assert client.aliases["FlatFile"] == ".:Flatfile"  # not a model: a package export
    assert plan_type_modules(None, SCHEMAS, CLASSES, set()) == []
    assert isinstance(jobs, TypeModule)


def test_section_validation_names_the_problem() -> None:
    assert validate_section({"modules": ["jobs"], "union_aliases": True}) is None
    assert "unknown key 'module'" in (validate_section({"module": ["jobs"]}) or "")
    assert "not a valid module name" in (validate_section({"modules": ["class"]}) or "")
    assert "must map identifiers" in (validate_section({"aliases": {"client": {"a-b": "C"}}}) or "")
    assert validate_section(["jobs"]) is not None


def test_enum_members_are_the_values_in_upper_snake_case_in_spec_order() -> None:
    schemas = {
        "Status": {"type": "string", "enum": ["inProgress", "shared_link", "2fa", None]},
        "Clash": {"type": "string", "enum": ["a-b", "a_b"]},  # two values, one member name: no members
        "Numbers": {"type": "integer", "enum": [1, 2]},
        "Unclassed": {"type": "string", "enum": ["x"]},
    }
    classes = {"Status": "Status", "Clash": "Clash", "Numbers": "Numbers"}
    assert enum_members(schemas, classes) == {
        "Status": {"IN_PROGRESS": "inProgress", "SHARED_LINK": "shared_link", "_2FA": "2fa"}
    }
    assert list(enum_members(schemas, classes)["Status"]) == ["IN_PROGRESS", "SHARED_LINK", "_2FA"]
    section = {"modules": ["jobs"], "enum_members": True, "root": True}
    assert validate_section(section) is None
    assert plan_type_modules(section, schemas, classes, set())[0].enums is True
    assert "root needs at least one module" in (validate_section({"root": True}) or "")
