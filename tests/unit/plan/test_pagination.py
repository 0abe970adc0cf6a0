"""The pagination heuristic on small inline specs, and sdk.yaml overrides."""

from __future__ import annotations

from typing import Any

import pytest

from generator.errors import ConfigError
from generator.plan.pagination import detect, overrides_from_config, plan_operation


def q(name: str, kind: str = "string", **extra: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": {"type": kind, **extra}}


def op(params: list[dict[str, Any]], schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "parameters": params,
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}},
    }


def obj(**props: Any) -> dict[str, Any]:
    return {"type": "object", "properties": props}


ARRAY = {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}
DOC: dict[str, Any] = {
    "components": {
        "schemas": {
            "Thing": obj(id={"type": "string"}),
            "Links": obj(next={"type": "string", "nullable": True}),
            "Page": obj(data=ARRAY, links={"$ref": "#/components/schemas/Links"}, total_count={"type": "integer"}),
            "Pagination": obj(currentPage={"type": "integer"}, pageCount={"type": "integer"}),
        },
        "parameters": {"After": q("after")},
    }
}


def run(raw_op: dict[str, Any], method: str = "get") -> tuple[Any, str]:
    return detect(DOC, method, {}, raw_op)


def test_frameio_cursor_with_next_link() -> None:
    plan, _ = run(
        op(
            [{"$ref": "#/components/parameters/After"}, q("page_size", "integer")],
            {"$ref": "#/components/schemas/Page"},
        )
    )
    assert plan is not None and plan.style == "cursor"
    assert (plan.cursor_param, plan.next_link, plan.cursor_field, plan.items) == ("after", "links.next", None, "data")
    assert plan.strategy_expr == "CursorStrategy(param='after', next_link='links.next')"


def test_continuation_token_in_body() -> None:
    schema = obj(items=ARRAY, continuationToken={"type": "string"}, totalCount={"type": "integer"})
    plan, _ = run(op([q("limit", "integer"), q("continuationToken")], schema))
    assert plan is not None and plan.style == "cursor"
    assert plan.cursor_field == "continuationToken" and plan.items == "items"


def test_next_page_token_field_for_page_token_param() -> None:
    plan, _ = run(
        op([q("page_token"), q("page_size", "integer")], obj(results=ARRAY, next_page_token={"type": "string"}))
    )
    assert plan is not None and (plan.style, plan.cursor_field, plan.items) == ("cursor", "next_page_token", "results")


def test_cursor_without_any_next_source_is_not_paginated() -> None:
    plan, reason = run(op([q("cursor")], obj(items=ARRAY)))
    assert plan is None and "no next cursor" in reason


def test_integer_after_is_a_timestamp_not_a_cursor() -> None:
    plan, reason = run(op([q("after", "integer"), q("before", "integer")], obj(items=ARRAY)))
    assert plan is None and reason == "no paging query parameter"


def test_launchdarkly_limit_offset_with_total() -> None:
    schema = obj(items=ARRAY, totalCount={"type": "integer"}, _links=obj(next=obj(href={"type": "string"})))
    plan, _ = run(op([q("limit", "integer"), q("offset", "integer")], schema))
    assert plan is not None and plan.style == "offset"
    assert (plan.offset_param, plan.limit_param, plan.total_field, plan.next_link) == (
        "offset",
        "limit",
        "totalCount",
        None,
    )


def test_offset_with_next_link_only() -> None:
    schema = obj(items=ARRAY, _links=obj(next=obj(href={"type": "string"})))
    plan, _ = run(op([q("limit", "integer"), q("offset", "integer")], schema))
    assert plan is not None and plan.style == "offset" and plan.next_link == "_links.next" and plan.total_field is None


def test_flatfile_page_number_with_page_count() -> None:
    schema = obj(data=ARRAY, pagination={"$ref": "#/components/schemas/Pagination"})
    plan, _ = run(op([q("pageSize", "integer"), q("pageNumber", "integer")], schema))
    assert plan is not None and plan.style == "page"
    assert (plan.page_param, plan.size_param, plan.page_count_field) == (
        "pageNumber",
        "pageSize",
        "pagination.pageCount",
    )
    assert "PageNumberStrategy(page_param='pageNumber', size_param='pageSize'" in plan.strategy_expr


def test_civis_page_num_and_limit_on_a_bare_array() -> None:
    plan, _ = run(op([q("limit", "integer"), q("page_num", "integer"), q("order")], ARRAY))
    assert plan is not None and (plan.style, plan.page_param, plan.size_param, plan.items) == (
        "page",
        "page_num",
        "limit",
        "",
    )
    assert plan.items_expr == "()"


def test_items_one_level_down() -> None:
    schema = obj(
        data=obj(records=ARRAY, counts=obj(total={"type": "integer"})),
        pagination={"$ref": "#/components/schemas/Pagination"},
    )
    plan, _ = run(op([q("pageNumber", "integer"), q("pageSize", "integer")], schema))
    assert plan is not None and plan.items == "data.records"


def test_only_array_property_is_the_items() -> None:
    plan, _ = run(op([q("page", "integer")], obj(widgets=ARRAY, total={"type": "integer"})))
    assert plan is not None and plan.items == "widgets" and plan.total_field == "total"


def test_limit_and_next_link_is_next_link_style() -> None:
    schema = obj(items=ARRAY, _links=obj(next=obj(href={"type": "string"}), self=obj(href={"type": "string"})))
    plan, _ = run(op([q("limit", "integer"), q("q")], schema))
    assert plan is not None and plan.style == "next_link" and plan.next_link == "_links.next"
    assert plan.strategy_expr == "NextLinkStrategy(next_link='_links.next')"


def test_not_paginated_cases() -> None:
    assert run(op([q("page", "integer")], ARRAY), method="post") == (None, "not a GET")
    assert run(op([q("include")], obj(data=ARRAY))) == (None, "no paging query parameter")
    plan, reason = run(op([q("limit", "integer"), q("offset", "integer")], obj(name={"type": "string"})))
    assert plan is None and reason == "the response has no array of items"
    plan, reason = run(op([q("limit", "integer")], obj(items=ARRAY)))
    assert plan is None and "no cursor, offset, page or next link" in reason
    plan, reason = run(op([q("page", "integer")], obj(a=ARRAY, b=ARRAY)))
    assert plan is None and "several array properties" in reason


def test_allof_response_is_merged() -> None:
    schema = {"allOf": [{"$ref": "#/components/schemas/Page"}, obj(extra={"type": "string"})]}
    plan, _ = run(op([q("after"), q("page_size", "integer")], schema))
    assert plan is not None and plan.style == "cursor" and plan.items == "data"


# -- sdk.yaml ------------------------------------------------------------------------------------------------


def test_override_declares_a_style_detection_missed() -> None:
    overrides = overrides_from_config(
        [{"method": "GET", "path": "/x", "style": "cursor", "cursor_param": "token", "cursor_header": "X-Next"}]
    )
    override = overrides[("get", "/x")]
    plan, reason, source = plan_operation(DOC, "get", {}, op([q("token")], obj(items=ARRAY)), override)
    assert plan is not None and source == "config" and reason.startswith("declared in sdk.yaml")
    assert plan.strategy_expr == "CursorStrategy(param='token', cursor_header='X-Next')"
    assert plan.items == "items"


def test_override_changes_fields_of_the_detected_style() -> None:
    override = overrides_from_config([{"method": "get", "path": "/x", "style": "offset", "total_field": "meta.total"}])[
        ("get", "/x")
    ]
    raw = op([q("limit", "integer"), q("offset", "integer")], obj(items=ARRAY, totalCount={"type": "integer"}))
    plan, reason, _ = plan_operation(DOC, "get", {}, raw, override)
    assert plan is not None and plan.total_field == "meta.total" and plan.limit_param == "limit"
    assert "detection said: offset" in reason


def test_override_none_disables() -> None:
    override = overrides_from_config([{"method": "get", "path": "/x", "style": "none"}])[("get", "/x")]
    raw = op([q("limit", "integer"), q("offset", "integer")], obj(items=ARRAY))
    assert plan_operation(DOC, "get", {}, raw, override) == (
        None,
        "disabled in sdk.yaml (detection said: offset)",
        "config",
    )


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ({"path": "/x", "style": "cursor"}, "pagination[0]"),
        ({"method": "get", "path": "/x", "style": "sideways"}, "pagination[0].style"),
        ({"method": "get", "path": "/x", "style": "page", "page_parm": "p"}, "pagination[0].page_parm"),
        ({"method": "get", "path": "/x", "style": "page", "page_param": 3}, "pagination[0].page_param"),
    ],
)
def test_bad_overrides_name_the_key(raw: dict[str, Any], key: str) -> None:
    with pytest.raises(ConfigError) as info:
        overrides_from_config([raw])
    assert info.value.key == key


def test_overrides_must_be_a_list() -> None:
    with pytest.raises(ConfigError):
        overrides_from_config({"get /x": "cursor"})


def test_links_map_gives_a_next_link() -> None:
    links_map = {"type": "object", "additionalProperties": obj(href={"type": "string"})}
    plan, _ = run(op([q("limit", "integer"), q("before", "integer")], obj(items=ARRAY, _links=links_map)))
    assert plan is not None and plan.style == "next_link" and plan.next_link == "_links.next"
    plan, _ = run(op([q("limit", "integer"), q("after")], obj(items=ARRAY, _links=links_map)))
    assert plan is not None and plan.style == "cursor" and plan.next_link == "_links.next"
