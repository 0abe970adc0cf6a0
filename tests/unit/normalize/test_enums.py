"""normalize.enums: enums of several value types lose their `enum`."""

from __future__ import annotations

from generator.normalize.enums import drop_mixed_type_enums


def test_mixed_type_enums_lose_their_enum() -> None:
    doc = {"components": {"schemas": {"M": {"enum": [1, "one", None]}, "S": {"type": "string", "enum": ["a", None]}}}}
    changes = drop_mixed_type_enums(doc)
    assert doc["components"]["schemas"]["M"] == {"nullable": True}
    assert doc["components"]["schemas"]["S"]["enum"] == ["a", None]
    assert [c.pointer for c in changes] == ["/components/schemas/M/enum"]
