from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectParamsData")


@_attrs_define
class ProjectParamsData:
    """
    Attributes:
        name (str):  Example: Spring campaign.
        restricted (bool | Unset):
    """

    name: str
    restricted: bool | Unset = UNSET

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        restricted = self.restricted

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if restricted is not UNSET:
            field_dict["restricted"] = restricted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        restricted = d.pop("restricted", UNSET)
        if type(restricted) is not bool and restricted is not UNSET:
            restricted = decode.expect(restricted, bool, "restricted")

        project_params_data = cls.__new__(cls)
        project_params_data.name = name
        project_params_data.restricted = restricted

        return project_params_data
