"""All data models of the API, importable from here; each model module loads on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .blobs_put_body import BlobsPutBody
    from .blobs_put_body_closed import BlobsPutBodyClosed
    from .gadget import Gadget
    from .kind_unknown import KindUnknown
    from .numbers_list_response_200_item import NumbersListResponse200Item
    from .problem import Problem
    from .thing import Thing
    from .thing_meta import ThingMeta
    from .things_list_deep import ThingsListDeep
    from .things_list_response_200 import ThingsListResponse200

_MODULES: dict[str, str] = {
    "BlobsPutBody": "blobs_put_body",
    "BlobsPutBodyClosed": "blobs_put_body_closed",
    "Gadget": "gadget",
    "KindUnknown": "kind_unknown",
    "NumbersListResponse200Item": "numbers_list_response_200_item",
    "Problem": "problem",
    "Thing": "thing",
    "ThingMeta": "thing_meta",
    "ThingsListDeep": "things_list_deep",
    "ThingsListResponse200": "things_list_response_200",
}

__all__ = [
    "BlobsPutBody",
    "BlobsPutBodyClosed",
    "Gadget",
    "KindUnknown",
    "NumbersListResponse200Item",
    "Problem",
    "Thing",
    "ThingMeta",
    "ThingsListDeep",
    "ThingsListResponse200",
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
