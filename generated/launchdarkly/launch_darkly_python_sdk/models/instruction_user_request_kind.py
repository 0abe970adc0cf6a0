from typing import Literal, cast

from .._core import _decode as decode

InstructionUserRequestKind = Literal[
    "addExpireUserTargetDate", "removeExpireUserTargetDate", "updateExpireUserTargetDate"
]

INSTRUCTION_USER_REQUEST_KIND_VALUES: set[InstructionUserRequestKind] = {
    "addExpireUserTargetDate",
    "removeExpireUserTargetDate",
    "updateExpireUserTargetDate",
}


def check_instruction_user_request_kind(
    value: object, key: str | int | None = None
) -> InstructionUserRequestKind | str:
    """`value` as InstructionUserRequestKind; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in INSTRUCTION_USER_REQUEST_KIND_VALUES:
        return value
    return cast(
        str,
        decode.mismatch(
            "one of ['addExpireUserTargetDate', 'removeExpireUserTargetDate', 'updateExpireUserTargetDate']", value, key
        ),
    )
