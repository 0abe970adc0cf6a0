from typing import Literal, cast

from .._core import _decode as decode

CreateBigSegmentImportBodyMode = Literal["merge", "replace"]

CREATE_BIG_SEGMENT_IMPORT_BODY_MODE_VALUES: set[CreateBigSegmentImportBodyMode] = {
    "merge",
    "replace",
}


def check_create_big_segment_import_body_mode(
    value: object, key: str | int | None = None
) -> CreateBigSegmentImportBodyMode | str:
    """`value` as CreateBigSegmentImportBodyMode; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in CREATE_BIG_SEGMENT_IMPORT_BODY_MODE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['merge', 'replace']", value, key))
