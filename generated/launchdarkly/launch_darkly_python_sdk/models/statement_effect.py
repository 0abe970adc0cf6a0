from typing import Literal, cast

from .._core import _decode as decode

StatementEffect = Literal["allow", "deny"]

STATEMENT_EFFECT_VALUES: set[StatementEffect] = {
    "allow",
    "deny",
}


def check_statement_effect(value: object, key: str | int | None = None) -> StatementEffect | str:
    """`value` as StatementEffect; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in STATEMENT_EFFECT_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['allow', 'deny']", value, key))
