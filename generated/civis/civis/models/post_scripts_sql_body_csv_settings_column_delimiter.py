from typing import Literal, cast

from .._core import _decode as decode

PostScriptsSqlBodyCsvSettingsColumnDelimiter = Literal["comma", "pipe", "tab"]

POST_SCRIPTS_SQL_BODY_CSV_SETTINGS_COLUMN_DELIMITER_VALUES: set[PostScriptsSqlBodyCsvSettingsColumnDelimiter] = {
    "comma",
    "pipe",
    "tab",
}


def check_post_scripts_sql_body_csv_settings_column_delimiter(
    value: object, key: str | int | None = None
) -> PostScriptsSqlBodyCsvSettingsColumnDelimiter | str:
    """`value` as PostScriptsSqlBodyCsvSettingsColumnDelimiter; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in POST_SCRIPTS_SQL_BODY_CSV_SETTINGS_COLUMN_DELIMITER_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['comma', 'pipe', 'tab']", value, key))
