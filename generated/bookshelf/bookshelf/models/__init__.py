"""All data models of the API, importable from here; each model module loads on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .book import Book
    from .book_format import BookFormat
    from .book_input import BookInput
    from .error import Error
    from .pagination import Pagination
    from .shelf import Shelf
    from .shelf_list import ShelfList
    from .shelves_create_body import ShelvesCreateBody

_MODULES: dict[str, str] = {
    "Book": "book",
    "BookFormat": "book_format",
    "BookInput": "book_input",
    "Error": "error",
    "Pagination": "pagination",
    "Shelf": "shelf",
    "ShelfList": "shelf_list",
    "ShelvesCreateBody": "shelves_create_body",
}

__all__ = [
    "Book",
    "BookFormat",
    "BookInput",
    "Error",
    "Pagination",
    "Shelf",
    "ShelfList",
    "ShelvesCreateBody",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
