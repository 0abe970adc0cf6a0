from typing import Literal

PostScriptsSqlBodyCsvSettingsCompression = Literal["gzip", "none", "zip"]

POST_SCRIPTS_SQL_BODY_CSV_SETTINGS_COMPRESSION_VALUES: set[PostScriptsSqlBodyCsvSettingsCompression] = {
    "gzip",
    "none",
    "zip",
}


def check_post_scripts_sql_body_csv_settings_compression(value: str) -> PostScriptsSqlBodyCsvSettingsCompression:
    if value in POST_SCRIPTS_SQL_BODY_CSV_SETTINGS_COMPRESSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POST_SCRIPTS_SQL_BODY_CSV_SETTINGS_COMPRESSION_VALUES!r}"
    )
