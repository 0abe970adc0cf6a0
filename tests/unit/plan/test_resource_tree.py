"""generator/plan/resource_tree.py: where each operation lives on the client, and the two naming errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.config import SdkConfig, config_from_dict
from generator.errors import PlanError
from generator.plan.resource_tree import method_place
from tests.unit._plans import BASE_CONFIG, ITEM, json_response, plan_of, spec


def test_two_operations_on_one_method_name_is_a_plan_error_naming_both(tmp_path: Path) -> None:
    doc = spec(
        {
            "/items": {"get": {"operationId": "items.list", "responses": json_response(ITEM)}},
            "/things": {"get": {"operationId": "things.list", "responses": json_response(ITEM)}},
        }
    )
    overrides = [{"method": "get", "path": "/things", "resource": "items", "name": "list"}]
    with pytest.raises(PlanError) as info:
        plan_of(tmp_path, doc, naming="dotted", overrides=overrides)
    message = str(info.value)
    assert "two operations map to the same method `client.items.list`" in message
    assert "GET /items (/paths/~1items/get)" in message and "GET /things (/paths/~1things/get)" in message
    assert "add an `overrides` entry in sdk.yaml" in message


def test_an_override_renames_and_moves_an_operation(tmp_path: Path) -> None:
    doc = spec(
        {
            "/items": {"get": {"operationId": "items.list", "responses": json_response(ITEM)}},
            "/things": {"get": {"operationId": "things.list", "responses": json_response(ITEM)}},
        }
    )
    overrides = [{"method": "get", "path": "/things", "resource": "items.things", "name": "all"}]
    plan = plan_of(tmp_path, doc, naming="dotted", overrides=overrides)
    assert sorted(op.qualified_name for op in plan.operations) == ["items.list", "items.things.all"]
    assert list(plan.resources) == ["items"] and list(plan.resources["items"].children) == ["things"]


def test_a_method_named_like_a_sub_resource_is_a_plan_error(tmp_path: Path) -> None:
    doc = spec(
        {
            "/a": {"get": {"operationId": "items.tags", "responses": json_response(ITEM)}},
            "/b": {"get": {"operationId": "items.tags.list", "responses": json_response(ITEM)}},
        }
    )
    with pytest.raises(PlanError, match=r"`client\.items\.tags` is both a method and a sub-resource"):
        plan_of(tmp_path, doc, naming="dotted")


def test_names_that_would_shadow_generated_members_get_an_underscore(tmp_path: Path) -> None:
    doc = spec(
        {
            "/a": {"get": {"operationId": "with_raw_response.with_raw_response", "responses": json_response(ITEM)}},
            "/b": {"get": {"operationId": "close.get", "responses": json_response(ITEM)}},
        }
    )
    plan = plan_of(tmp_path, doc, naming="dotted")
    assert sorted(op.qualified_name for op in plan.operations) == [
        "close_.get",
        "with_raw_response_.with_raw_response_",
    ]


def _config(**extra: Any) -> SdkConfig:
    return config_from_dict({**BASE_CONFIG, "naming": "dotted", **extra})


@pytest.mark.parametrize(
    ("operation_id", "raw_alias", "place"),
    [
        ("tickets.close", None, (("tickets",), "close")),  # resources have no close(); the client has
        ("close.list", None, (("close_",), "list")),
        ("tickets.builtins", None, (("tickets",), "builtins_")),  # generated classes annotate with builtins.
        ("datetime.get", None, (("datetime_",), "get")),
        ("tickets.raw", "raw", (("tickets",), "raw_")),  # sdk.yaml raw_alias is a member of every resource
        ("tickets.raw", None, (("tickets",), "raw")),
    ],
)
def test_method_place_steps_aside_for_generated_members(
    operation_id: str, raw_alias: str | None, place: tuple[tuple[str, ...], str]
) -> None:
    config = _config(**({"raw_alias": raw_alias} if raw_alias else {}))
    assert method_place(config, "get", "/t", {"operationId": operation_id}) == place


def test_an_override_wins_over_the_naming_strategy() -> None:
    overrides = [{"method": "GET", "path": "/t", "resource": "a.b", "name": "fetch"}]
    config = _config(overrides=overrides)
    assert method_place(config, "get", "/t", {"operationId": "tickets.close"}) == (("a", "b"), "fetch")
    assert method_place(config, "post", "/t", {"operationId": "tickets.close"}) == (("tickets",), "close")
