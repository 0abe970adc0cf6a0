"""All data models of the API, importable from here; each model module loads on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .new_pet import NewPet
    from .pet import Pet
    from .pets_update_with_form_body import PetsUpdateWithFormBody
    from .pets_update_with_form_body_status import PetsUpdateWithFormBodyStatus
    from .pets_upload_photo_body import PetsUploadPhotoBody

_MODULES: dict[str, str] = {
    "NewPet": "new_pet",
    "Pet": "pet",
    "PetsUpdateWithFormBody": "pets_update_with_form_body",
    "PetsUpdateWithFormBodyStatus": "pets_update_with_form_body_status",
    "PetsUploadPhotoBody": "pets_upload_photo_body",
}

__all__ = [
    "NewPet",
    "Pet",
    "PetsUpdateWithFormBody",
    "PetsUpdateWithFormBodyStatus",
    "PetsUploadPhotoBody",
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
