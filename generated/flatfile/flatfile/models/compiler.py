from typing import Literal, cast

from .._core import _decode as decode

Compiler = Literal["js"]

COMPILER_VALUES: set[Compiler] = {
    "js",
}


def check_compiler(value: object, key: str | int | None = None) -> Compiler | str:
    """`value` as Compiler; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in COMPILER_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['js']", value, key))
