from typing import Literal, cast

from .._core import _decode as decode

ApiVersion = Literal["1.0", "1.1", "2.0-beta", "latest"]

API_VERSION_VALUES: set[ApiVersion] = {
    "1.0",
    "1.1",
    "2.0-beta",
    "latest",
}


def check_api_version(value: object, key: str | int | None = None) -> ApiVersion | str:
    """`value` as ApiVersion; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in API_VERSION_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['1.0', '1.1', '2.0-beta', 'latest']", value, key))
