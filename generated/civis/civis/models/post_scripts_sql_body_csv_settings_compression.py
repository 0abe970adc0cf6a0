from typing import Literal, cast

from .._core import _decode as decode

PostScriptsSqlBodyCsvSettingsCompression = Literal["gzip", "none", "zip"]

POST_SCRIPTS_SQL_BODY_CSV_SETTINGS_COMPRESSION_VALUES: set[PostScriptsSqlBodyCsvSettingsCompression] = {
    "gzip",
    "none",
    "zip",
}


def check_post_scripts_sql_body_csv_settings_compression(
    value: object, key: str | int | None = None
) -> PostScriptsSqlBodyCsvSettingsCompression | str:
    """`value` as PostScriptsSqlBodyCsvSettingsCompression; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in POST_SCRIPTS_SQL_BODY_CSV_SETTINGS_COMPRESSION_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['gzip', 'none', 'zip']", value, key))
