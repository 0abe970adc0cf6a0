"""generator.docs.context: the DocsContext of a plan, with its state on an object (no module caches)."""

from __future__ import annotations

import copy

from generator.docs import build_docs
from tests.unit.docs_support import SPEC, planned


def test_context_of_a_plan() -> None:
    plan, data = planned()
    ctx = build_docs(plan, data)
    assert [r.path for r in ctx.resources] == ["items"]
    assert ctx.operation_count == 3 and ctx.first is not None and ctx.first.op.key == "GET /items/{itemId}"
    assert ctx.paginated is None
    rows = {row.cls: row.documented for row in ctx.error_rows}
    assert rows["NotFoundError"] and rows["TooManyRequestsError"] and not rows["BadRequestError"]
    assert ctx.error_rows[0]["class"] == "BadRequestError"
    get = ctx.first
    assert [e["class"] for e in get.errors] == ["NotFoundError", "TooManyRequestsError"]
    assert [p.name for p in get.params] == ["item_id", "limit", "q", "color"]
    assert set(ctx.method_docs) == {op.key for op in plan.operations}
    assert ctx.client_docs["sync"].startswith("Synchronous client for the Unit API.")
    assert [m.name for m in ctx.models] == sorted(m.name for m in ctx.models)
    shade = next(m for m in ctx.models if m.name == "Shade")
    assert shade.kind == "enum" and shade.values == ['"dark"', '"light"']


def test_two_plans_in_one_process_do_not_share_state() -> None:
    other = copy.deepcopy(SPEC)
    other["paths"]["/items/{itemId}"]["get"]["parameters"][0]["example"] = "other_1"
    first, first_data = planned()
    second, second_data = planned(other)
    a = build_docs(first, first_data)
    b = build_docs(second, second_data)
    a_again = build_docs(first, first_data)
    assert a.first is not None and b.first is not None and a_again.first is not None
    assert '"it_9"' in a.first.sync_example and '"other_1"' in b.first.sync_example
    assert a.first.sync_example == a_again.first.sync_example
