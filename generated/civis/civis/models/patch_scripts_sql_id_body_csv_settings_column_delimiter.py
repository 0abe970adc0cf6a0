from typing import Literal

PatchScriptsSqlIdBodyCsvSettingsColumnDelimiter = Literal["comma", "pipe", "tab"]

PATCH_SCRIPTS_SQL_ID_BODY_CSV_SETTINGS_COLUMN_DELIMITER_VALUES: set[PatchScriptsSqlIdBodyCsvSettingsColumnDelimiter] = {
    "comma",
    "pipe",
    "tab",
}


def check_patch_scripts_sql_id_body_csv_settings_column_delimiter(
    value: str,
) -> PatchScriptsSqlIdBodyCsvSettingsColumnDelimiter:
    if value in PATCH_SCRIPTS_SQL_ID_BODY_CSV_SETTINGS_COLUMN_DELIMITER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PATCH_SCRIPTS_SQL_ID_BODY_CSV_SETTINGS_COLUMN_DELIMITER_VALUES!r}"
    )
