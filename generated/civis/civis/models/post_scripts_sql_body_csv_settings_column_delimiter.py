from typing import Literal

PostScriptsSqlBodyCsvSettingsColumnDelimiter = Literal["comma", "pipe", "tab"]

POST_SCRIPTS_SQL_BODY_CSV_SETTINGS_COLUMN_DELIMITER_VALUES: set[PostScriptsSqlBodyCsvSettingsColumnDelimiter] = {
    "comma",
    "pipe",
    "tab",
}


def check_post_scripts_sql_body_csv_settings_column_delimiter(
    value: str,
) -> PostScriptsSqlBodyCsvSettingsColumnDelimiter:
    if value in POST_SCRIPTS_SQL_BODY_CSV_SETTINGS_COLUMN_DELIMITER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POST_SCRIPTS_SQL_BODY_CSV_SETTINGS_COLUMN_DELIMITER_VALUES!r}"
    )
