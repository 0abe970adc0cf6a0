from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.form_variable_config import FormVariableConfig
    from ..models.instruction import Instruction


T = TypeVar("T", bound="CreateFlagApprovalRequest")


@_attrs_define
class CreateFlagApprovalRequest:
    """Fields for a new approval request on a flag.

    Attributes:
        description (str):  Example: Enable checkout for beta users.
        instructions (list[Instruction]):
        comment (str | Unset):
        notify_member_ids (list[str] | Unset):
        notify_team_keys (list[str] | Unset):
        execution_date (int | Unset): Milliseconds since the Unix epoch. Example: 1700000000000.
        operating_on_id (str | Unset):
        integration_config (FormVariableConfig | Unset):
    """

    description: str
    instructions: list[Instruction]
    comment: str | Unset = UNSET
    notify_member_ids: list[str] | Unset = UNSET
    notify_team_keys: list[str] | Unset = UNSET
    execution_date: int | Unset = UNSET
    operating_on_id: str | Unset = UNSET
    integration_config: FormVariableConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        instructions = []
        for instructions_item_data in self.instructions:
            instructions_item = jsonable(instructions_item_data)
            instructions.append(instructions_item)

        comment = self.comment

        notify_member_ids: list[str] | Unset = UNSET
        if not isinstance(self.notify_member_ids, Unset):
            notify_member_ids = self.notify_member_ids

        notify_team_keys: list[str] | Unset = UNSET
        if not isinstance(self.notify_team_keys, Unset):
            notify_team_keys = self.notify_team_keys

        execution_date = self.execution_date

        operating_on_id = self.operating_on_id

        integration_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integration_config, Unset):
            integration_config = jsonable(self.integration_config)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "instructions": instructions,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment
        if notify_member_ids is not UNSET:
            field_dict["notifyMemberIds"] = notify_member_ids
        if notify_team_keys is not UNSET:
            field_dict["notifyTeamKeys"] = notify_team_keys
        if execution_date is not UNSET:
            field_dict["executionDate"] = execution_date
        if operating_on_id is not UNSET:
            field_dict["operatingOnId"] = operating_on_id
        if integration_config is not UNSET:
            field_dict["integrationConfig"] = integration_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", decode.MISSING)
        if type(description) is not str:
            description = decode.expect(description, str, "description")

        instructions = decode.model_array(
            _models.Instruction.from_dict, d.pop("instructions", decode.MISSING), "instructions"
        )

        comment = d.pop("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = decode.expect(comment, str, "comment")

        notify_member_ids = d.pop("notifyMemberIds", UNSET)
        if notify_member_ids is not UNSET:
            notify_member_ids = decode.scalar_array(notify_member_ids, str, "notifyMemberIds")

        notify_team_keys = d.pop("notifyTeamKeys", UNSET)
        if notify_team_keys is not UNSET:
            notify_team_keys = decode.scalar_array(notify_team_keys, str, "notifyTeamKeys")

        execution_date = d.pop("executionDate", UNSET)
        if type(execution_date) is not int and execution_date is not UNSET:
            execution_date = decode.expect(execution_date, int, "executionDate")

        operating_on_id = d.pop("operatingOnId", UNSET)
        if type(operating_on_id) is not str and operating_on_id is not UNSET:
            operating_on_id = decode.expect(operating_on_id, str, "operatingOnId")

        integration_config = d.pop("integrationConfig", UNSET)
        if integration_config is not UNSET:
            integration_config = decode.model(
                _models.FormVariableConfig.from_dict, integration_config, "integrationConfig"
            )

        create_flag_approval_request = cls.__new__(cls)
        create_flag_approval_request.description = description
        create_flag_approval_request.instructions = instructions
        create_flag_approval_request.comment = comment
        create_flag_approval_request.notify_member_ids = notify_member_ids
        create_flag_approval_request.notify_team_keys = notify_team_keys
        create_flag_approval_request.execution_date = execution_date
        create_flag_approval_request.operating_on_id = operating_on_id
        create_flag_approval_request.integration_config = integration_config

        create_flag_approval_request.additional_properties = d if d else {}
        return create_flag_approval_request

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
