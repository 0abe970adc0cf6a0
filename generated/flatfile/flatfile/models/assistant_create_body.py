from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..models.prompt_type_enum import PromptTypeEnum, check_prompt_type_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssistantCreateBody")


@_attrs_define
class AssistantCreateBody:
    """
    Attributes:
        prompt (str): Prompt text. Example: Combine first name and last name into a new column called Full Name.
        environment_id (str): Environment identifier. Example: us_env_YOUR_ID.
        space_id (str): Space identifier. Example: us_sp_YOUR_ID.
        prompt_type (PromptTypeEnum | str | Unset): Purpose of a prompt. Example: AI_ASSIST.
    """

    prompt: str
    environment_id: str
    space_id: str
    prompt_type: PromptTypeEnum | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        environment_id = self.environment_id

        space_id = self.space_id

        prompt_type: str | Unset = UNSET
        if not isinstance(self.prompt_type, Unset):
            prompt_type = self.prompt_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "environmentId": environment_id,
                "spaceId": space_id,
            }
        )
        if prompt_type is not UNSET:
            field_dict["promptType"] = prompt_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt", decode.MISSING)
        if type(prompt) is not str:
            prompt = decode.expect(prompt, str, "prompt")

        environment_id = d.pop("environmentId", decode.MISSING)
        if type(environment_id) is not str:
            environment_id = decode.expect(environment_id, str, "environmentId")

        space_id = d.pop("spaceId", decode.MISSING)
        if type(space_id) is not str:
            space_id = decode.expect(space_id, str, "spaceId")

        prompt_type = check_prompt_type_enum(d.pop("promptType", UNSET), "promptType")

        assistant_create_body = cls.__new__(cls)
        assistant_create_body.prompt = prompt
        assistant_create_body.environment_id = environment_id
        assistant_create_body.space_id = space_id
        assistant_create_body.prompt_type = prompt_type

        assistant_create_body.additional_properties = d if d else {}
        return assistant_create_body

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
