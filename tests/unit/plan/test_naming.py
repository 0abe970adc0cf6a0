import pytest

from generator.plan.naming import civis_path_name, identifier, operation_name, snake


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("getCurrent", "get_current"),
        ("HTTPServer", "http_server"),
        ("Feature flags (beta)", "feature_flags_beta"),
        ("cass-ncoa", "cass_ncoa"),
        ("already_snake", "already_snake"),
        ("pageSize", "page_size"),
        ("memberIDs", "member_ids"),
        ("memberIDsByTeam", "member_ids_by_team"),
        ("URLs", "urls"),
        ("HTTPSettings", "http_settings"),
        ("ID", "id"),
    ],
)
def test_snake(text: str, expected: str) -> None:
    assert snake(text) == expected


def test_identifier_escapes_keywords_and_digits() -> None:
    assert identifier("for") == "for_"
    assert identifier("class") == "class_"
    assert identifier("2fa") == "n2fa"
    assert identifier("") == "value"


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("get", "/scripts/sql/{id}/runs/{run_id}", (("scripts",), "get_sql_runs")),
        ("post", "/scripts/sql/{id}/runs", (("scripts",), "post_sql_runs")),
        ("get", "/users/me", (("users",), "list_me")),
        ("get", "/apps/{slug}/instances/{id}/shares", (("apps",), "list_instances_shares")),
        ("post", "/files/multipart/{id}/complete", (("files",), "post_multipart_complete")),
        ("get", "/queries", (("queries",), "list")),
        ("get", "/queries/{id}", (("queries",), "get")),
        ("put", "/scripts/sql/{id}/archive", (("scripts",), "put_sql_archive")),
        ("get", "/enhancements/cass-ncoa/{id}", (("enhancements",), "get_cass_ncoa")),
        ("get", "/aliases/{object_type}/{alias}", (("aliases",), "get_object_type")),
    ],
)
def test_civis_rule(method: str, path: str, expected: tuple[tuple[str, ...], str]) -> None:
    assert civis_path_name(method, path) == expected


def test_dotted_operation_ids_nest() -> None:
    assert operation_name(
        "dotted", method="patch", path="/x", operation_id="metadata.fieldDefinitions.update", tags=[]
    ) == (("metadata", "field_definitions"), "update")


def test_tag_strategy_makes_identifiers() -> None:
    assert operation_name("tag", method="get", path="/x", operation_id="getFlagLinks", tags=["Flag links (beta)"]) == (
        ("flag_links_beta",),
        "get_flag_links",
    )


def test_missing_operation_id_falls_back_to_path_rule() -> None:
    assert operation_name("dotted", method="get", path="/users/me", operation_id=None, tags=[]) == (
        ("users",),
        "list_me",
    )
