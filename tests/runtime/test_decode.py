"""The decoding policy's fast paths (generator/runtime/_decode.py) give what the per-value path gives.

The generated models take the common case without a call (a scalar of exactly its type, a list of
such scalars whole, a list of objects in one call) and `parse_uuid` builds a UUID without
`uuid.UUID(text)`'s string handling; each must return the same value, or raise the same mismatch with
the same pointer, as the path it shortcuts.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.runtime import _decode as decode
from generator.runtime.request_options import NOT_GIVEN

_HEX = "0123456789abcdefABCDEF"


def _uuid_or_error(parse: Any, text: str) -> object:
    try:
        value = parse(text)
    except ValueError as exc:
        return ("ValueError", str(exc))
    return (value, value.int, value.is_safe, type(value))


@given(st.uuids().map(str) | st.uuids().map(lambda u: str(u).upper()))
def test_parse_uuid_reads_canonical_uuids_as_the_standard_constructor(text: str) -> None:
    assert _uuid_or_error(decode.parse_uuid, text) == _uuid_or_error(uuid.UUID, text)


@given(
    st.text(alphabet=st.sampled_from([*_HEX, "-", "_", " ", "+", "x", "{", "}", "u", "r", "n", "i", "d", ":", "٣"]))
    | st.uuids().map(lambda u: f"{{{u}}}")
    | st.uuids().map(lambda u: f"urn:uuid:{u}")
    | st.uuids().map(lambda u: str(u).replace("-", ""))
)
def test_parse_uuid_agrees_with_the_standard_constructor_on_any_text(text: str) -> None:
    assert _uuid_or_error(decode.parse_uuid, text) == _uuid_or_error(uuid.UUID, text)


@pytest.mark.parametrize("text", ["0x" + "0" * 30, " " + "f" * 31, "+" + "1" * 31, "1_2" + "3" * 29, "٣" * 32])
def test_parse_uuid_follows_int_quirks_the_standard_constructor_has(text: str) -> None:
    assert _uuid_or_error(decode.parse_uuid, text) == _uuid_or_error(uuid.UUID, text)


def _outcome(read: Any, strict: bool) -> object:
    with decode.decoding(strict=strict):
        try:
            return ("value", read())
        except decode.Mismatch as exc:
            return ("mismatch", exc.pointer, exc.expected, exc.received)


def _per_item(value: Any, read_item: Any, key: str) -> Any:
    """How arrays were read before the fast paths: item by item, each under `at(key, index)`."""
    if not isinstance(value, list):
        return decode.mismatch("an array", value, key)
    items = []
    for index, item in enumerate(value):
        with decode.at(key, index):
            items.append(read_item(item))
    return items


_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=3))


@pytest.mark.parametrize("strict", [False, True])
@pytest.mark.parametrize("kind", [str, int, float, bool])
@given(value=st.lists(_SCALARS, max_size=6) | _SCALARS | st.just(NOT_GIVEN))
def test_scalar_array_gives_what_reading_each_item_gives(kind: type, strict: bool, value: Any) -> None:
    fast = _outcome(lambda: decode.scalar_array(value, kind, "tags"), strict)
    slow = _outcome(lambda: _per_item(value, lambda item: decode.expect(item, kind), "tags"), strict)
    assert fast == slow


def _pair_from_dict(src: Mapping[str, Any]) -> tuple[str, int]:
    name = src.get("name", decode.MISSING)
    if type(name) is not str:
        name = decode.expect(name, str, "name")
    size = decode.expect(src.get("size", decode.MISSING), int, "size")
    return name, size


_OBJECTS = st.fixed_dictionaries({}, optional={"name": _SCALARS, "size": _SCALARS})


@pytest.mark.parametrize("strict", [False, True])
@given(value=st.lists(_OBJECTS | _SCALARS, max_size=5) | _SCALARS | st.just(NOT_GIVEN))
def test_model_array_gives_what_reading_each_item_gives(strict: bool, value: Any) -> None:
    fast = _outcome(lambda: decode.model_array(_pair_from_dict, value, "items"), strict)
    slow = _outcome(lambda: _per_item(value, lambda item: decode.model(_pair_from_dict, item), "items"), strict)
    assert fast == slow


def test_a_mismatch_deep_in_an_array_names_every_key_and_index() -> None:
    body = [{"name": "a", "size": 1}, {"name": "b", "size": "big"}]
    with decode.decoding(strict=True), pytest.raises(decode.Mismatch) as info:
        decode.model(lambda src: decode.model_array(_pair_from_dict, src["items"], "items"), {"items": body}, "page")
    assert (info.value.pointer, info.value.expected, info.value.received) == ("/page/items/1/size", "an integer", "big")


def test_in_array_names_the_index_of_the_item_being_read() -> None:
    items: list[int] = []
    with decode.decoding(strict=True), pytest.raises(decode.Mismatch) as info, decode.in_array("ids", items):
        for value in (1, 2, "three"):
            items.append(decode.expect(value, int))
    assert info.value.pointer == "/ids/2"


@pytest.mark.parametrize("strict", [False, True])
@given(
    st.uuids().map(str)
    | st.uuids().map(lambda u: str(u).upper())
    | st.text(alphabet=st.sampled_from([*_HEX, "-", "_", " ", "+", "x", "{", "}", "u", ":", "٣"]))
    | st.uuids().map(lambda u: f"urn:uuid:{u}")
    | _SCALARS
)
def test_uuid_reads_what_the_standard_constructor_reads(strict: bool, value: Any) -> None:
    def standard() -> Any:
        return decode.parsed(uuid.UUID, "a UUID", value, "id")

    fast, slow = _outcome(lambda: decode.uuid(value, "id"), strict), _outcome(standard, strict)
    assert fast == slow
    if fast[0] == "value" and isinstance(fast[1], uuid.UUID):
        assert (type(fast[1]), fast[1].is_safe, hash(fast[1])) == (uuid.UUID, uuid.SafeUUID.unknown, hash(slow[1]))


def _read_int_or_mismatch(item: Any) -> Any:
    """A union's reader: an integer, else a mismatch (strict) or the value (lenient)."""
    return item if type(item) is int else decode.mismatch("one of int | None", item)


@pytest.mark.parametrize("strict", [False, True])
@given(value=st.lists(_SCALARS, max_size=6) | _SCALARS | st.just(NOT_GIVEN))
def test_items_gives_what_reading_each_item_gives(strict: bool, value: Any) -> None:
    fast = _outcome(lambda: decode.items(_read_int_or_mismatch, value, "ids"), strict)
    slow = _outcome(lambda: _per_item(value, _read_int_or_mismatch, "ids"), strict)
    assert fast == slow


def test_uuid_slots_are_set_through_object_setattr_where_a_class_has_no_such_slot(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Frozen:  # immutable like UUID, without its slots
        def __setattr__(self, name: str, value: object) -> None:
            raise TypeError("immutable")

    monkeypatch.setattr(decode, "_UUID", Frozen)
    value = Frozen()
    decode._setter("int")(value, 5)
    assert vars(value) == {"int": 5}
