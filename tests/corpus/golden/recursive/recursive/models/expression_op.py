from typing import Literal, cast

from .._core import _decode as decode

ExpressionOp = Literal["add", "lit", "mul"]

EXPRESSION_OP_VALUES: set[ExpressionOp] = {
    "add",
    "lit",
    "mul",
}


def check_expression_op(value: object, key: str | int | None = None) -> ExpressionOp | str:
    """`value` as ExpressionOp; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in EXPRESSION_OP_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['add', 'lit', 'mul']", value, key))
