from typing import Literal, cast

from .._core import _decode as decode

MigrationFlagStageCount = Literal[2, 4, 6]

MIGRATION_FLAG_STAGE_COUNT_VALUES: set[MigrationFlagStageCount] = {
    2,
    4,
    6,
}


def check_migration_flag_stage_count(value: object, key: str | int | None = None) -> MigrationFlagStageCount | int:
    """`value` as MigrationFlagStageCount; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in MIGRATION_FLAG_STAGE_COUNT_VALUES:
        return value
    return cast(int, decode.mismatch("one of [2, 4, 6]", value, key))
