from typing import Literal, cast

from .._core import _decode as decode

PutScriptsSqlIdBodyCsvSettingsColumnDelimiter = Literal["comma", "pipe", "tab"]

PUT_SCRIPTS_SQL_ID_BODY_CSV_SETTINGS_COLUMN_DELIMITER_VALUES: set[PutScriptsSqlIdBodyCsvSettingsColumnDelimiter] = {
    "comma",
    "pipe",
    "tab",
}


def check_put_scripts_sql_id_body_csv_settings_column_delimiter(
    value: object, key: str | int | None = None
) -> PutScriptsSqlIdBodyCsvSettingsColumnDelimiter | str:
    """`value` as PutScriptsSqlIdBodyCsvSettingsColumnDelimiter; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in PUT_SCRIPTS_SQL_ID_BODY_CSV_SETTINGS_COLUMN_DELIMITER_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['comma', 'pipe', 'tab']", value, key))
