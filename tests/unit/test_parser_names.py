"""generator/parser_names.py: two properties of one Python name no longer drop their model."""

from __future__ import annotations

from pathlib import Path

from tests.unit._plans import json_response, run, spec


def test_signed_property_names_become_plus_and_minus_attributes(tmp_path: Path) -> None:
    """GitHub's `reaction-rollup` (`+1`, `-1`, both `field_1`) was dropped with every model using it."""
    votes = {
        "type": "object",
        "properties": {"+1": {"type": "integer"}, "-1": {"type": "integer"}, "a-b": {}, "a_b": {}},
    }
    thread = {"type": "object", "properties": {"votes": {"$ref": "#/components/schemas/Votes"}}}
    doc = spec(
        {
            "/threads": {
                "get": {"operationId": "list", "responses": json_response({"$ref": "#/components/schemas/Thread"})}
            }
        },
        {"Votes": votes, "Thread": thread},
    )
    result = run(tmp_path, doc, tmp_path / "out")
    assert not result.plan.skips
    model = (tmp_path / "out" / "shop" / "models" / "votes.py").read_text(encoding="utf-8")
    assert "    plus_1: int | Unset = UNSET\n" in model and "    minus_1: int | Unset = UNSET\n" in model
    assert 'field_dict["+1"] = plus_1\n' in model and 'field_dict["-1"] = minus_1\n' in model  # keys kept
    assert (tmp_path / "out" / "shop" / "models" / "thread.py").is_file()
