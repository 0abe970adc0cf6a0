from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._core import _decode as decode
from .._core._decode import model_repr
from ..models.project_update_params_data_status import (
    ProjectUpdateParamsDataStatus,
    check_project_update_params_data_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectUpdateParamsData")


@_attrs_define
class ProjectUpdateParamsData:
    """
    Attributes:
        name (str | Unset):
        restricted (bool | Unset):
        status (ProjectUpdateParamsDataStatus | str | Unset):
    """

    name: str | Unset = UNSET
    restricted: bool | Unset = UNSET
    status: ProjectUpdateParamsDataStatus | str | Unset = UNSET

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        restricted = self.restricted

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}

        if name is not UNSET:
            field_dict["name"] = name
        if restricted is not UNSET:
            field_dict["restricted"] = restricted
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        restricted = d.pop("restricted", UNSET)
        if type(restricted) is not bool and restricted is not UNSET:
            restricted = decode.expect(restricted, bool, "restricted")

        status = check_project_update_params_data_status(d.pop("status", UNSET), "status")

        project_update_params_data = cls.__new__(cls)
        project_update_params_data.name = name
        project_update_params_data.restricted = restricted
        project_update_params_data.status = status

        return project_update_params_data
