"""`flatfile.client`: the import path the previous SDK offered for these types.

Every model of the package can be imported from here; so can the previous SDK's own
names listed in `_ALIASES` (such as `AsyncFlatFile`).
Nothing is imported until a name is used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models import *  # noqa: F403

_ALIASES: dict[str, tuple[str, str]] = {
    "AsyncFlatFile": (".", "AsyncFlatfile"),
    "FlatFile": (".", "Flatfile"),
    "JobOutcomeNext_Download": (".models", "JobOutcomeNextDownload"),
    "JobOutcomeNext_Files": (".models", "JobOutcomeNextFiles"),
    "JobOutcomeNext_Id": (".models", "JobOutcomeNextId"),
    "JobOutcomeNext_Retry": (".models", "JobOutcomeNextRetry"),
    "JobOutcomeNext_Snapshot": (".models", "JobOutcomeNextSnapshot"),
    "JobOutcomeNext_Url": (".models", "JobOutcomeNextUrl"),
    "JobOutcomeNext_Wait": (".models", "JobOutcomeNextWait"),
    "JobSubject_Collection": (".models", "JobSubjectCollection"),
    "JobSubject_Resource": (".models", "JobSubjectResource"),
    "Property_Boolean": (".models", "BooleanProperty"),
    "Property_Date": (".models", "DateProperty"),
    "Property_Enum": (".models", "EnumProperty"),
    "Property_EnumList": (".models", "EnumListProperty"),
    "Property_Number": (".models", "NumberProperty"),
    "Property_Reference": (".models", "ReferenceProperty"),
    "Property_String": (".models", "StringProperty"),
    "Property_StringList": (".models", "StringListProperty"),
}

# alias -> (keyword, value) the alias fills in: a union variant's name already says its discriminator
_PRESETS: dict[str, tuple[str, str]] = {
    "JobOutcomeNext_Download": ("type_", "download"),
    "JobOutcomeNext_Files": ("type_", "files"),
    "JobOutcomeNext_Id": ("type_", "id"),
    "JobOutcomeNext_Retry": ("type_", "retry"),
    "JobOutcomeNext_Snapshot": ("type_", "snapshot"),
    "JobOutcomeNext_Url": ("type_", "url"),
    "JobOutcomeNext_Wait": ("type_", "wait"),
    "JobSubject_Collection": ("type_", "collection"),
    "JobSubject_Resource": ("type_", "resource"),
    "Property_Boolean": ("type_", "boolean"),
    "Property_Date": ("type_", "date"),
    "Property_Enum": ("type_", "enum"),
    "Property_EnumList": ("type_", "enum-list"),
    "Property_Number": ("type_", "number"),
    "Property_Reference": ("type_", "reference"),
    "Property_String": ("type_", "string"),
    "Property_StringList": ("type_", "string-list"),
}


def _preset(name: str, base: type[Any], keyword: str, value: str) -> type[Any]:
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault(keyword, value)
        base.__init__(self, *args, **kwargs)

    doc = f"`{base.__name__}` with `{keyword}={value!r}` filled in (the previous SDK's name for it)."
    return type(name, (base,), {"__init__": __init__, "__doc__": doc, "__module__": __name__})


def __getattr__(name: str) -> Any:
    members = importlib.import_module("._enums", __package__).members(name)
    if members is not None:  # an enum, as the previous SDK's class: `JobStatus.COMPLETE`
        globals()[name] = members
        return members
    module, attribute = _ALIASES.get(name, (".models", name))
    try:
        value = getattr(importlib.import_module(module, __package__), attribute)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    if name in _PRESETS:
        value = _preset(name, value, *_PRESETS[name])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*importlib.import_module(".models", __package__).__all__, *_ALIASES})
