"""All data models of the API, importable from here; each model module loads on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_version import ApiVersion
    from .casing import Casing
    from .catalog import Catalog
    from .catalog_inline import CatalogInline
    from .priority import Priority
    from .versions_list_sign import VersionsListSign

_MODULES: dict[str, str] = {
    "ApiVersion": "api_version",
    "Casing": "casing",
    "Catalog": "catalog",
    "CatalogInline": "catalog_inline",
    "Priority": "priority",
    "VersionsListSign": "versions_list_sign",
}

__all__ = [
    "ApiVersion",
    "Casing",
    "Catalog",
    "CatalogInline",
    "Priority",
    "VersionsListSign",
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
