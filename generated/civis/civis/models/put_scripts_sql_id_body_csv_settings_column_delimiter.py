from typing import Literal

PutScriptsSqlIdBodyCsvSettingsColumnDelimiter = Literal["comma", "pipe", "tab"]

PUT_SCRIPTS_SQL_ID_BODY_CSV_SETTINGS_COLUMN_DELIMITER_VALUES: set[PutScriptsSqlIdBodyCsvSettingsColumnDelimiter] = {
    "comma",
    "pipe",
    "tab",
}


def check_put_scripts_sql_id_body_csv_settings_column_delimiter(
    value: str,
) -> PutScriptsSqlIdBodyCsvSettingsColumnDelimiter:
    if value in PUT_SCRIPTS_SQL_ID_BODY_CSV_SETTINGS_COLUMN_DELIMITER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PUT_SCRIPTS_SQL_ID_BODY_CSV_SETTINGS_COLUMN_DELIMITER_VALUES!r}"
    )
