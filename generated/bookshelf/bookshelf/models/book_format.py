from typing import Literal, cast

from .._core import _decode as decode

BookFormat = Literal["ebook", "hardcover", "paperback"]

BOOK_FORMAT_VALUES: set[BookFormat] = {
    "ebook",
    "hardcover",
    "paperback",
}


def check_book_format(value: object, key: str | int | None = None) -> BookFormat | str:
    """`value` as BookFormat; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in BOOK_FORMAT_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['ebook', 'hardcover', 'paperback']", value, key))
