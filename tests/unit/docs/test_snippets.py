"""generator.docs.snippets and readme: one argument builder for every snippet; each one compiles."""

from __future__ import annotations

from generator.docs.context import DocsBuilder
from generator.docs.readme import readme_snippets
from tests.unit.docs_support import op, planned


def test_usage_shows_required_arguments_and_optional_examples() -> None:
    plan, data = planned()
    snippets = DocsBuilder(plan, data).snippets
    get = op(plan, "GET /items/{itemId}")
    builder = snippets.builder()
    assert snippets.call_args(get, builder) == ['"it_9"']
    assert snippets.call_args(get, builder, optional_examples=True) == ['"it_9"', 'q="lamp"']  # not the default
    sync = snippets.usage_example(get, False)
    assert sync.endswith(
        'client = Unit(token="YOUR_TOKEN")\nresult = client.items.get("it_9", q="lamp")\nprint(result)'
    )
    async_ = snippets.usage_example(op(plan, "DELETE /items/{itemId}"), True)
    assert "        await client.items.delete(" in async_ and "print(result)" not in async_
    create = snippets.usage_example(op(plan, "POST /items"), False)
    assert 'request=Item(id="x1", name="Lamp")' in create and "from unit_sdk.models import Item" in create
    for code in (sync, async_, create):
        compile(code, "snippet", "exec")


def test_readme_snippets_share_the_call_and_compile() -> None:
    plan, data = planned()
    snippets = DocsBuilder(plan, data).snippets
    get = op(plan, "GET /items/{itemId}")
    out = readme_snippets(snippets, get, None, None)
    assert set(out) >= {"construct", "environment", "errors", "raw", "retries", "timeouts", "httpx", "logging"}
    assert "pagination" not in out
    assert 'client.items.get("it_9", request_options={"max_retries": 0})' in out["retries"]
    assert "environment=UnitEnvironment." in out["environment"]
    for code in out.values():
        compile(code, "snippet", "exec")
