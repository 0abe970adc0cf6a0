from typing import Literal

BookFormat = Literal["ebook", "hardcover", "paperback"]

BOOK_FORMAT_VALUES: set[BookFormat] = {
    "ebook",
    "hardcover",
    "paperback",
}


def check_book_format(value: str) -> BookFormat:
    if value in BOOK_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BOOK_FORMAT_VALUES!r}")
