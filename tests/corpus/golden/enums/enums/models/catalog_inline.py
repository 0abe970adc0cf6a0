from typing import Literal, cast

from .._core import _decode as decode

CatalogInline = Literal["x y", "x-y", "x.y"]

CATALOG_INLINE_VALUES: set[CatalogInline] = {
    "x y",
    "x-y",
    "x.y",
}


def check_catalog_inline(value: object, key: str | int | None = None) -> CatalogInline | str:
    """`value` as CatalogInline; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in CATALOG_INLINE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['x y', 'x-y', 'x.y']", value, key))
