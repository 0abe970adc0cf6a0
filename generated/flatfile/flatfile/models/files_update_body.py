from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..models.mode import Mode, check_mode
from ..models.model_file_status_enum import ModelFileStatusEnum, check_model_file_status_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action import Action


T = TypeVar("T", bound="FilesUpdateBody")


@_attrs_define
class FilesUpdateBody:
    """
    Attributes:
        workbook_id (str | Unset): Workbook the file was extracted into. Example: us_wb_YOUR_ID.
        name (str | Unset): File name. Example: NewFileName.
        mode (Mode | str | Unset): Direction a file is stored for. Example: import.
        status (ModelFileStatusEnum | str | Unset): Upload state of a file. Example: complete.
        actions (list[Action] | Unset):
    """

    workbook_id: str | Unset = UNSET
    name: str | Unset = UNSET
    mode: Mode | str | Unset = UNSET
    status: ModelFileStatusEnum | str | Unset = UNSET
    actions: list[Action] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        workbook_id = self.workbook_id

        name = self.name

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = jsonable(actions_item_data)
                actions.append(actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if workbook_id is not UNSET:
            field_dict["workbookId"] = workbook_id
        if name is not UNSET:
            field_dict["name"] = name
        if mode is not UNSET:
            field_dict["mode"] = mode
        if status is not UNSET:
            field_dict["status"] = status
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workbook_id = d.pop("workbookId", UNSET)
        if type(workbook_id) is not str and workbook_id is not UNSET:
            workbook_id = decode.expect(workbook_id, str, "workbookId")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        mode = check_mode(d.pop("mode", UNSET), "mode")

        status = check_model_file_status_enum(d.pop("status", UNSET), "status")

        actions = d.pop("actions", UNSET)
        if actions is not UNSET:
            actions = decode.model_array(_models.Action.from_dict, actions, "actions")

        files_update_body = cls.__new__(cls)
        files_update_body.workbook_id = workbook_id
        files_update_body.name = name
        files_update_body.mode = mode
        files_update_body.status = status
        files_update_body.actions = actions

        files_update_body.additional_properties = d if d else {}
        return files_update_body

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
