from typing import Literal, cast

from .._core import _decode as decode

BoardActivityKind = Literal["archived", "created", "moved"]

BOARD_ACTIVITY_KIND_VALUES: set[BoardActivityKind] = {
    "archived",
    "created",
    "moved",
}


def check_board_activity_kind(value: object, key: str | int | None = None) -> BoardActivityKind | str:
    """`value` as BoardActivityKind; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in BOARD_ACTIVITY_KIND_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['archived', 'created', 'moved']", value, key))
