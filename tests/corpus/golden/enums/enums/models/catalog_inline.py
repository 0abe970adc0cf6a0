from typing import Literal

CatalogInline = Literal["x y", "x-y", "x.y"]

CATALOG_INLINE_VALUES: set[CatalogInline] = {
    "x y",
    "x-y",
    "x.y",
}


def check_catalog_inline(value: str) -> CatalogInline:
    if value in CATALOG_INLINE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CATALOG_INLINE_VALUES!r}")
