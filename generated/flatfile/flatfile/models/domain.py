from typing import Literal, cast

from .._core import _decode as decode

Domain = Literal["cron", "document", "file", "job", "prompt", "sheet", "space", "workbook"]

DOMAIN_VALUES: set[Domain] = {
    "cron",
    "document",
    "file",
    "job",
    "prompt",
    "sheet",
    "space",
    "workbook",
}


def check_domain(value: object, key: str | int | None = None) -> Domain | str:
    """`value` as Domain; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in DOMAIN_VALUES:
        return value
    return cast(
        str,
        decode.mismatch(
            "one of ['cron', 'document', 'file', 'job', 'prompt', 'sheet', 'space', 'workbook']", value, key
        ),
    )
