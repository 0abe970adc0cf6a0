from typing import Literal

Compiler = Literal["js"]

COMPILER_VALUES: set[Compiler] = {
    "js",
}


def check_compiler(value: str) -> Compiler:
    if value in COMPILER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPILER_VALUES!r}")
