"""How responses are decoded: one policy for every model of the SDK.

Lenient (the default): decoding never fails because of a value's shape. A value the schema does not
expect is kept as received: an enum value added after the SDK was generated comes back as the raw
string, `null` comes back as `None`, a number where a string was documented stays a number, and a
required field the server left out is `None`. Nothing the server sent is dropped.

Strict (`strict_response_validation=True` on the client): the first value that does not match its
schema raises `Mismatch`, which the HTTP client turns into `ParseError` naming the JSON pointer inside
the body, the expected and the received value, with the raw response attached.

Generated `from_dict` code reads every value through the helpers below, passing the wire name of
the field; a mismatch found deeper gets the enclosing keys and list indexes added to its pointer
(`at()`, `Mismatch.under`). The common case costs no call: a scalar of exactly the documented type is
taken by an inline `type(value) is str` check in the generated code (everything else goes through
`expect`), a list of such scalars is taken whole (`scalar_array`), and a list of objects is read in one
call (`model_array`). The pointer of a mismatch is built only when one is raised (`try`/`except`, free
when nothing is raised), so strict and lenient decoding keep exactly the results and messages of the
per-value path.
Hand-written because the models are openapi-python-client's attrs classes (no validation library
behind them) and the policy must be the same for every model, list and union of the SDK.
"""

from __future__ import annotations

import contextlib
import datetime
import typing
import uuid as _uuid
from collections.abc import Callable, Mapping, Sized
from contextvars import ContextVar
from typing import Any, TypeVar

from .request_options import NotGiven

T = TypeVar("T")

_STRICT: ContextVar[bool] = ContextVar("strict_response_validation", default=False)

Key = str | int | None


class _Missing:
    """A required field the response left out (`d.pop(name, MISSING)`)."""

    def __repr__(self) -> str:
        return "<missing>"


MISSING: Any = _Missing()


class Mismatch(Exception):
    """A value that does not match its schema, found while decoding in strict mode."""

    def __init__(self, expected: str, received: object, path: tuple[str | int, ...] = ()) -> None:
        self.expected = expected
        self.received = received
        self.path = path
        super().__init__(f"{self.pointer or 'the body'}: expected {expected}, received {received!r}")

    @property
    def pointer(self) -> str:
        """The JSON pointer (RFC 6901) of the value inside the response body."""
        return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in self.path)

    def under(self, *keys: Key) -> Mismatch:
        return Mismatch(self.expected, self.received, (*(k for k in keys if k is not None), *self.path))


class _Decoding:
    """`decoding()`: a class rather than a generator, since generated code enters one per union variant tried."""

    __slots__ = ("_strict", "_token")

    def __init__(self, strict: bool) -> None:
        self._strict = strict

    def __enter__(self) -> None:
        self._token = _STRICT.set(self._strict)

    def __exit__(self, *exc_info: object) -> None:
        _STRICT.reset(self._token)


def decoding(*, strict: bool) -> contextlib.AbstractContextManager[None]:
    """Decode the responses read inside the block strictly (or leniently)."""
    return _Decoding(strict)


def strictly() -> contextlib.AbstractContextManager[None]:
    """Decode strictly inside the block: how the variants of a union are tried."""
    return _Decoding(True)


class _At:
    """`at()`: a class rather than a generator, since generated code enters one per list item read."""

    __slots__ = ("_keys",)

    def __init__(self, keys: tuple[Key, ...]) -> None:
        self._keys = keys

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: object, exc: BaseException | None, traceback: object) -> None:
        if isinstance(exc, Mismatch):
            raise exc.under(*self._keys) from None


def at(*keys: Key) -> contextlib.AbstractContextManager[None]:
    """Prefix the pointer of any mismatch found inside the block with `keys` (a field name, a list index)."""
    return _At(keys)


class _InArray:
    """`in_array()`: one per array read, however many items it has."""

    __slots__ = ("_items", "_key")

    def __init__(self, key: Key, items: Sized) -> None:
        self._key = key
        self._items = items

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: object, exc: BaseException | None, traceback: object) -> None:
        if isinstance(exc, Mismatch):
            raise exc.under(self._key, len(self._items)) from None


def in_array(key: Key, items: Sized) -> contextlib.AbstractContextManager[None]:
    """Prefix the pointer of any mismatch found inside the block with `key` and the index of the item being
    read: the block appends each item to `items` once it is read, so that index is `len(items)`."""
    return _InArray(key, items)


def mismatch(expected: str, received: object, key: Key = None) -> Any:
    """Strict: raise `Mismatch`. Lenient: the value as received (`None` for a missing field).

    An optional field that is absent (`UNSET`) is never a mismatch."""
    if isinstance(received, NotGiven):
        return received
    if _STRICT.get():
        raise Mismatch(expected, "missing" if received is MISSING else received, () if key is None else (key,))
    return None if received is MISSING else received


_EXPECTED = {str: "a string", int: "an integer", float: "a number", bool: "a boolean"}


def expect(value: Any, kind: type[T], key: Key = None, expected: str | None = None) -> T:
    """A JSON scalar of the documented type (an integer is a number; a boolean is neither). `expected` names
    what a mismatch expected when that is more than `kind` (a union of `kind` and `null`)."""
    if isinstance(value, NotGiven):
        return typing.cast(T, value)
    numeric = kind is int or kind is float
    if value is not MISSING and isinstance(value, kind) and not (numeric and isinstance(value, bool)):
        return value
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return typing.cast(T, value)  # JSON numbers: 1 is a valid `number`
    return typing.cast(T, mismatch(expected or _EXPECTED.get(kind, "a value"), value, key))


def model(cls: Callable[[Mapping[str, Any]], T], value: Any, key: Key = None) -> T:
    """A nested object decoded by `cls` (a model's `from_dict`); anything else kept as received."""
    if type(value) is not dict:
        if isinstance(value, NotGiven):  # an optional field left out (before the slower Mapping check)
            return typing.cast(T, value)
        if not isinstance(value, Mapping):
            return typing.cast(T, mismatch("an object", value, key))
    try:
        return cls(value)
    except Mismatch as exc:
        raise exc.under(key) from None


def variant(cls: Callable[[Mapping[str, Any]], T], value: Any) -> T:
    """`model(cls, value)` decoded strictly: how a union tries a variant that is a model. (An object is
    given to `cls` directly: a mismatch inside it only tells the union that the variant failed.)"""
    token = _STRICT.set(True)
    try:
        return cls(value) if type(value) is dict else model(cls, value)
    finally:
        _STRICT.reset(token)


def only_variant(cls: Callable[[Mapping[str, Any]], T], value: Any, expected: str, key: Key = None) -> T:
    """A union's one variant besides `null`, a model: `variant(cls, value)`, or, when the variant does not
    accept the value, a mismatch of the union (`expected`). Generated code checks for `None` first."""
    try:
        return variant(cls, value)
    except (Mismatch, TypeError, ValueError, AttributeError, KeyError):
        return typing.cast(T, mismatch(expected, value, key))


def model_array(cls: Callable[[Mapping[str, Any]], T], value: Any, key: Key = None) -> list[T]:
    """An array of objects, each decoded by `cls`; a mismatch inside names its index."""
    if not isinstance(value, list):
        return typing.cast("list[T]", mismatch("an array", value, key))
    items: list[T] = []
    try:
        for item in value:
            items.append(cls(item) if type(item) is dict else model(cls, item))
    except Mismatch as exc:
        raise exc.under(key, len(items)) from None
    return items


def items(read: Callable[[Any], T], value: Any, key: Key = None) -> list[T]:
    """An array whose items are each read by `read` (the reader a union defines once for the array); a mismatch
    inside names its index."""
    if not isinstance(value, list):
        return typing.cast("list[T]", mismatch("an array", value, key))
    result: list[T] = []
    append = result.append
    try:
        for item in value:
            append(read(item))
    except Mismatch as exc:
        raise exc.under(key, len(result)) from None
    return result


def scalar_array(value: Any, kind: type[T], key: Key = None) -> list[T]:
    """An array of JSON scalars of one type (`expect` on each); taken whole when every item has exactly
    that type, the common case."""
    if type(value) is list:
        for item in value:
            if type(item) is not kind:
                break
        else:
            return typing.cast("list[T]", value[:])
    if not isinstance(value, list):
        return typing.cast("list[T]", mismatch("an array", value, key))
    items: list[T] = []
    try:
        for item in value:
            items.append(expect(item, kind))
    except Mismatch as exc:
        raise exc.under(key, len(items)) from None
    return items


def parsed(parse: Callable[[str], T], expected: str, value: Any, key: Key = None) -> T:
    """A string in a format (`date-time`, `date`, `uuid`) parsed by `parse`; an unparsable value is kept."""
    if isinstance(value, str):
        try:
            return parse(value)
        except ValueError:
            pass
    return typing.cast(T, _unparsed(expected, value, key))


def _unparsed(expected: str, value: Any, key: Key) -> Any:
    return value if isinstance(value, NotGiven) else mismatch(expected, value, key)


_UUID = _uuid.UUID
_UUID_NEW = object.__new__


def _setter(name: str) -> Callable[[Any, Any], None]:
    """How `UUID.__init__` sets attribute `name` (UUIDs are immutable, so not through `setattr`): the slot's own
    descriptor (`__slots__` on CPython 3.8 to 3.13), or `object.__setattr__` should a version drop the slot."""
    slot_setter = getattr(vars(_UUID).get(name), "__set__", None)
    if slot_setter is not None:
        return typing.cast("Callable[[Any, Any], None]", slot_setter)
    return lambda value, item: object.__setattr__(value, name, item)


_SET_INT = _setter("int")
_SET_SAFETY = _setter("is_safe")
_SAFE_UNKNOWN = _uuid.SafeUUID.unknown


def _uuid_number(text: str) -> int | None:
    """The number `uuid.UUID(text)` reads from the form JSON carries (`8-4-4-4-12` hex digits), else None.

    `UUID(text)` removes `urn:`, `uuid:`, the braces and the hyphens, requires 32 characters and reads
    them with `int(..., 16)`. When `text` without its hyphens is 32 characters that `int(..., 16)` reads,
    it held none of the other decorations (`u`, `:`, `{`, `}` are not hex digits), so `UUID(text)` reads
    the same number."""
    digits = text.replace("-", "")
    if len(digits) == 32:
        try:
            return int(digits, 16)
        except ValueError:
            return None
    return None


def parse_uuid(text: str) -> _uuid.UUID:
    """`uuid.UUID(text)`, in half the time for the form JSON carries: the UUID is built from the number
    `_uuid_number` reads, as `UUID.__init__` and `UUID.__setstate__` build one (its two slots). Any other
    text goes to `UUID(text)` itself, with its errors. Hand-written: a list response of 5,000 items carries
    20,000 UUIDs, and the standard constructor was the largest single cost of decoding them.
    """
    number = _uuid_number(text)
    if number is None:
        return _UUID(text)
    value: _uuid.UUID = _UUID_NEW(_UUID)
    _SET_INT(value, number)
    _SET_SAFETY(value, _SAFE_UNKNOWN)
    return value


parse_date_time = datetime.datetime.fromisoformat
parse_date = datetime.date.fromisoformat


def date_time(value: Any, key: Key = None, expected: str = "an RFC 3339 date-time") -> datetime.datetime:
    if isinstance(value, str):
        try:
            return parse_date_time(value)
        except ValueError:
            pass
    return typing.cast(datetime.datetime, _unparsed(expected, value, key))


def date(value: Any, key: Key = None, expected: str = "an RFC 3339 full-date") -> datetime.date:
    if isinstance(value, str):
        try:
            return parse_date(value)
        except ValueError:
            pass
    return typing.cast(datetime.date, _unparsed(expected, value, key))


def uuid(value: Any, key: Key = None, expected: str = "a UUID") -> _uuid.UUID:
    """`parse_uuid(value)` for a string; the common case (a canonical UUID) with no further call. `date_time`,
    `date` and `uuid` take the `expected` of a mismatch from a union of the format and `null` that they read."""
    if type(value) is str:
        digits = value.replace("-", "")
        if len(digits) == 32:
            try:
                number = int(digits, 16)
            except ValueError:
                pass
            else:  # `_uuid_number` and `parse_uuid`, inline: called for every UUID of a response
                made: _uuid.UUID = _UUID_NEW(_UUID)
                _SET_INT(made, number)
                _SET_SAFETY(made, _SAFE_UNKNOWN)
                return made
    if isinstance(value, str):
        try:
            return parse_uuid(value)
        except ValueError:
            pass
    return typing.cast(_uuid.UUID, _unparsed(expected, value, key))


def const(value: Any, expected: object, key: Key = None) -> Any:
    """A value fixed by the schema (`const`, a single-value enum)."""
    if isinstance(value, NotGiven) or value == expected:
        return value
    return mismatch(repr(expected), value, key)


def model_repr(self: object) -> str:
    """`Shelf(name='x', id='1')`: a model's repr with the fields that hold a value; fields never given
    (`UNSET`) are left out, and `additional_properties` shows only when it holds something."""
    import attrs  # the models are attrs classes; imported here, off the decoding path

    parts = []
    for attribute in attrs.fields(typing.cast("type[attrs.AttrsInstance]", type(self))):
        value = getattr(self, attribute.name)
        if isinstance(value, NotGiven) or (attribute.name == "additional_properties" and not value):
            continue
        parts.append(f"{attribute.name}={value!r}")
    return f"{type(self).__name__}({', '.join(parts)})"
