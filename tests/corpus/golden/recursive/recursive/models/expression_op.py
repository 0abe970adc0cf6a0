from typing import Literal

ExpressionOp = Literal["add", "lit", "mul"]

EXPRESSION_OP_VALUES: set[ExpressionOp] = {
    "add",
    "lit",
    "mul",
}


def check_expression_op(value: str) -> ExpressionOp:
    if value in EXPRESSION_OP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXPRESSION_OP_VALUES!r}")
