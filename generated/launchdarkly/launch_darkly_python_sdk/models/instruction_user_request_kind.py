from typing import Literal

InstructionUserRequestKind = Literal[
    "addExpireUserTargetDate", "removeExpireUserTargetDate", "updateExpireUserTargetDate"
]

INSTRUCTION_USER_REQUEST_KIND_VALUES: set[InstructionUserRequestKind] = {
    "addExpireUserTargetDate",
    "removeExpireUserTargetDate",
    "updateExpireUserTargetDate",
}


def check_instruction_user_request_kind(value: str) -> InstructionUserRequestKind:
    if value in INSTRUCTION_USER_REQUEST_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INSTRUCTION_USER_REQUEST_KIND_VALUES!r}")
