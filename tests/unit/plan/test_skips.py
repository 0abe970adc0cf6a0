"""generator/plan/skips.py: why an operation or schema is left out, in words that do not depend on hash order."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from generator import parser_names
from generator.plan.skips import kept_modules, missing_models, removals_sorted, untype_responses_needing
from tests.unit._plans import ITEM, json_response, plan_of, spec

HEADING = "Failure to process schema has resulted in the removal of:"


def test_the_schemas_a_failed_schema_took_with_it_are_sorted_after_it() -> None:
    detail = f"Cannot parse Zed.\n\n{HEADING}\nZed\nMango\nApple\nKiwi"
    assert removals_sorted(detail) == f"Cannot parse Zed.\n\n{HEADING}\nZed\nApple\nKiwi\nMango"
    assert removals_sorted("Cannot parse Zed.") == "Cannot parse Zed."


def test_a_schema_the_parser_refuses_is_a_schema_skip_listing_what_it_took_along_sorted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `+1` and `-1` are told apart by generator/parser_names.py; with the parser's own rule back, it refuses them.
    monkeypatch.setattr(parser_names, "_resolve", parser_names._STOCK)
    votes = {"type": "object", "properties": {"+1": {"type": "integer"}, "-1": {"type": "integer"}}}
    schemas = {"Votes": votes, **{name: {"type": "object", "properties": {"votes": {"$ref": "#/components/schemas/Votes"}}}
                                  for name in ("Thread", "Answer", "Poll")}}  # fmt: skip
    doc = spec({"/items": {"get": {"operationId": "list", "responses": json_response(ITEM)}}}, schemas)
    (skip,) = plan_of(tmp_path, doc).skips
    assert (skip.kind, skip.pointer, skip.accepted) == ("schema", "/components/schemas", False)
    assert "/components/schemas/Votes" in skip.key
    removed = skip.reason.split(HEADING)[1].split()
    assert removed == [f"/components/schemas/{n}" for n in ("Votes", "Answer", "Poll", "Thread")]


def _module(name: str) -> SimpleNamespace:
    return SimpleNamespace(class_info=SimpleNamespace(module_name=name))


def test_an_operation_importing_a_model_the_parser_dropped_names_the_missing_modules() -> None:
    """GitHub: `reaction-rollup` was refused after `timeline-comment-event` was registered, and the
    operation returning it imported a module no one wrote (the whole package failed on import)."""
    data = SimpleNamespace(models=[_module("issue"), _module("label")], enums=[_module("state")])
    endpoint = SimpleNamespace(
        relative_imports={
            "from ...models.issue import Issue",
            "from ...models.timeline_comment_event import TimelineCommentEvent",
            "from ...models.state import State",
            "from ...types import UNSET, Unset",
            "from ...models.zebra_event import ZebraEvent",
        },
        bodies=[],
    )
    kept = kept_modules(data)  # type: ignore[arg-type]
    assert missing_models(kept, endpoint) == ["timeline_comment_event", "zebra_event"]  # type: ignore[arg-type]
    endpoint.relative_imports = {"from ...models.issue import Issue"}
    assert missing_models(kept, endpoint) == []  # type: ignore[arg-type]


def _response(status: str, *modules: str) -> SimpleNamespace:
    imports = {f"from ...models.{m} import X" for m in modules}
    prop = SimpleNamespace(get_imports=lambda prefix: set(imports), get_lazy_imports=lambda prefix: set())
    return SimpleNamespace(status_code=SimpleNamespace(pattern=status), prop=prop)


def test_answers_typed_with_a_dropped_model_are_left_out_and_the_operation_kept() -> None:
    """Increase: every operation's error union lost a variant to the parser; its 131 operations were skipped."""
    ok, bad = _response("200", "account"), _response("404", "error_type_8", "account")
    default = _response("default", "error_type_8")
    endpoint = SimpleNamespace(
        responses=_Responses([ok, bad], default),
        relative_imports={"from ...models.account import Account", "from ...models.error_type_8 import ErrorType8"},
    )
    assert untype_responses_needing(endpoint, ["error_type_8"]) == ["404", "default"]  # type: ignore[arg-type]
    assert endpoint.responses.patterns == [ok] and endpoint.responses.default is None
    assert endpoint.relative_imports == {"from ...models.account import Account"}


class _Responses:
    def __init__(self, patterns: list[SimpleNamespace], default: SimpleNamespace | None) -> None:
        self.patterns, self.default = patterns, default

    def __iter__(self):  # type: ignore[no-untyped-def]
        yield from self.patterns
        if self.default is not None:
            yield self.default
