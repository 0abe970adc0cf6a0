from typing import Literal

StatementEffect = Literal["allow", "deny"]

STATEMENT_EFFECT_VALUES: set[StatementEffect] = {
    "allow",
    "deny",
}


def check_statement_effect(value: str) -> StatementEffect:
    if value in STATEMENT_EFFECT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STATEMENT_EFFECT_VALUES!r}")
