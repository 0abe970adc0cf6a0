from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import rfc3339
from ..models.prompt_type_enum import PromptTypeEnum, check_prompt_type_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="Prompt")


@_attrs_define
class Prompt:
    """A saved AI assistant prompt.

    Attributes:
        prompt_type (PromptTypeEnum | str): Purpose of a prompt. Example: AI_ASSIST.
        prompt (str):  Example: Combine first name and last name into a new column called Full Name.
        created_by_id (str):  Example: us_usr_YOUR_ID.
        account_id (str):  Example: us_acc_YOUR_ID.
        id (str | Unset): Identifier assigned by Flatfile. Example: us_pr_YOUR_ID.
        environment_id (str | Unset):  Example: us_env_YOUR_ID.
        space_id (str | Unset):  Example: us_sp_YOUR_ID.
        created_at (datetime.datetime | Unset): When the resource was created. Example: 2024-01-15T09:30:00Z.
        updated_at (datetime.datetime | Unset): When the resource was last changed. Example: 2024-01-15T09:30:00Z.
        deleted_at (datetime.datetime | None | Unset):
    """

    prompt_type: PromptTypeEnum | str
    prompt: str
    created_by_id: str
    account_id: str
    id: str | Unset = UNSET
    environment_id: str | Unset = UNSET
    space_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        prompt_type: str = self.prompt_type

        prompt = self.prompt

        created_by_id = self.created_by_id

        account_id = self.account_id

        id = self.id

        environment_id = self.environment_id

        space_id = self.space_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = rfc3339(self.created_at)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = rfc3339(self.updated_at)

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = rfc3339(self.deleted_at)
        else:
            deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "promptType": prompt_type,
                "prompt": prompt,
                "createdById": created_by_id,
                "accountId": account_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if environment_id is not UNSET:
            field_dict["environmentId"] = environment_id
        if space_id is not UNSET:
            field_dict["spaceId"] = space_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt_type = check_prompt_type_enum(d.pop("promptType", decode.MISSING), "promptType")

        prompt = d.pop("prompt", decode.MISSING)
        if type(prompt) is not str:
            prompt = decode.expect(prompt, str, "prompt")

        created_by_id = d.pop("createdById", decode.MISSING)
        if type(created_by_id) is not str:
            created_by_id = decode.expect(created_by_id, str, "createdById")

        account_id = d.pop("accountId", decode.MISSING)
        if type(account_id) is not str:
            account_id = decode.expect(account_id, str, "accountId")

        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = decode.expect(id, str, "id")

        environment_id = d.pop("environmentId", UNSET)
        if type(environment_id) is not str and environment_id is not UNSET:
            environment_id = decode.expect(environment_id, str, "environmentId")

        space_id = d.pop("spaceId", UNSET)
        if type(space_id) is not str and space_id is not UNSET:
            space_id = decode.expect(space_id, str, "spaceId")

        created_at = decode.date_time(d.pop("createdAt", UNSET), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", UNSET), "updatedAt")

        deleted_at = d.pop("deletedAt", UNSET)
        if deleted_at is not None and deleted_at is not UNSET:
            deleted_at = decode.date_time(deleted_at, "deletedAt", expected="one of datetime.datetime | None")

        prompt_model = cls.__new__(cls)
        prompt_model.prompt_type = prompt_type
        prompt_model.prompt = prompt
        prompt_model.created_by_id = created_by_id
        prompt_model.account_id = account_id
        prompt_model.id = id
        prompt_model.environment_id = environment_id
        prompt_model.space_id = space_id
        prompt_model.created_at = created_at
        prompt_model.updated_at = updated_at
        prompt_model.deleted_at = deleted_at

        prompt_model.additional_properties = d if d else {}
        return prompt_model

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
