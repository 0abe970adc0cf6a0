from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable, rfc3339
from ..models.flag_status_rep_name import FlagStatusRepName, check_flag_status_rep_name
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flag_status_rep_links import FlagStatusRepLinks


T = TypeVar("T", bound="FlagStatusRep")


@_attrs_define
class FlagStatusRep:
    """How a flag is being evaluated in one environment.

    Attributes:
        name (FlagStatusRepName | str):  Example: active.
        last_requested (datetime.datetime | Unset):
        default (Any | Unset):
        field_links (FlagStatusRepLinks | Unset):
    """

    name: FlagStatusRepName | str
    last_requested: datetime.datetime | Unset = UNSET
    default: Any | Unset = UNSET
    field_links: FlagStatusRepLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name: str = self.name

        last_requested: str | Unset = UNSET
        if not isinstance(self.last_requested, Unset):
            last_requested = rfc3339(self.last_requested)

        default = self.default

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if last_requested is not UNSET:
            field_dict["lastRequested"] = last_requested
        if default is not UNSET:
            field_dict["default"] = default
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = check_flag_status_rep_name(d.pop("name", decode.MISSING), "name")

        last_requested = decode.date_time(d.pop("lastRequested", UNSET), "lastRequested")

        default = d.pop("default", UNSET)

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.FlagStatusRepLinks.from_dict, field_links, "_links")

        flag_status_rep = cls.__new__(cls)
        flag_status_rep.name = name
        flag_status_rep.last_requested = last_requested
        flag_status_rep.default = default
        flag_status_rep.field_links = field_links

        flag_status_rep.additional_properties = d if d else {}
        return flag_status_rep

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
