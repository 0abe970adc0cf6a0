"""All data models of the API, importable from here; each model module loads on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .article_document import ArticleDocument
    from .article_document_data import ArticleDocumentData
    from .article_document_data_attributes import ArticleDocumentDataAttributes
    from .order import Order
    from .session_login_body import SessionLoginBody
    from .session_login_response_200 import SessionLoginResponse200

_MODULES: dict[str, str] = {
    "ArticleDocument": "article_document",
    "ArticleDocumentData": "article_document_data",
    "ArticleDocumentDataAttributes": "article_document_data_attributes",
    "Order": "order",
    "SessionLoginBody": "session_login_body",
    "SessionLoginResponse200": "session_login_response_200",
}

__all__ = [
    "ArticleDocument",
    "ArticleDocumentData",
    "ArticleDocumentDataAttributes",
    "Order",
    "SessionLoginBody",
    "SessionLoginResponse200",
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
