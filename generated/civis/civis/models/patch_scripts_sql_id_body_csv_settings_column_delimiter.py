from typing import Literal, cast

from .._core import _decode as decode

PatchScriptsSqlIdBodyCsvSettingsColumnDelimiter = Literal["comma", "pipe", "tab"]

PATCH_SCRIPTS_SQL_ID_BODY_CSV_SETTINGS_COLUMN_DELIMITER_VALUES: set[PatchScriptsSqlIdBodyCsvSettingsColumnDelimiter] = {
    "comma",
    "pipe",
    "tab",
}


def check_patch_scripts_sql_id_body_csv_settings_column_delimiter(
    value: object, key: str | int | None = None
) -> PatchScriptsSqlIdBodyCsvSettingsColumnDelimiter | str:
    """`value` as PatchScriptsSqlIdBodyCsvSettingsColumnDelimiter; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in PATCH_SCRIPTS_SQL_ID_BODY_CSV_SETTINGS_COLUMN_DELIMITER_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['comma', 'pipe', 'tab']", value, key))
