from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportTemplateCreateRequest")


@_attrs_define(slots=False)
class ReportTemplateCreateRequest(ResponseMetadata):
    """
    Attributes:
        name (str):
        code_body (str):
        category (str | Unset):
        archived (bool | Unset):
        provide_api_key (bool | Unset):
        hidden (bool | Unset):
    """

    name: str
    code_body: str
    category: str | Unset = UNSET
    archived: bool | Unset = UNSET
    provide_api_key: bool | Unset = UNSET
    hidden: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        code_body = self.code_body

        category = self.category

        archived = self.archived

        provide_api_key = self.provide_api_key

        hidden = self.hidden

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "codeBody": code_body,
            }
        )
        if category is not UNSET:
            field_dict["category"] = category
        if archived is not UNSET:
            field_dict["archived"] = archived
        if provide_api_key is not UNSET:
            field_dict["provideAPIKey"] = provide_api_key
        if hidden is not UNSET:
            field_dict["hidden"] = hidden

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        code_body = d.pop("codeBody", decode.MISSING)
        if type(code_body) is not str:
            code_body = decode.expect(code_body, str, "codeBody")

        category = d.pop("category", UNSET)
        if type(category) is not str and category is not UNSET:
            category = decode.expect(category, str, "category")

        archived = d.pop("archived", UNSET)
        if type(archived) is not bool and archived is not UNSET:
            archived = decode.expect(archived, bool, "archived")

        provide_api_key = d.pop("provideAPIKey", UNSET)
        if type(provide_api_key) is not bool and provide_api_key is not UNSET:
            provide_api_key = decode.expect(provide_api_key, bool, "provideAPIKey")

        hidden = d.pop("hidden", UNSET)
        if type(hidden) is not bool and hidden is not UNSET:
            hidden = decode.expect(hidden, bool, "hidden")

        report_template_create_request = cls.__new__(cls)
        report_template_create_request.name = name
        report_template_create_request.code_body = code_body
        report_template_create_request.category = category
        report_template_create_request.archived = archived
        report_template_create_request.provide_api_key = provide_api_key
        report_template_create_request.hidden = hidden

        report_template_create_request.additional_properties = d if d else {}
        return report_template_create_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return field_item(self, key, self.additional_properties)

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return has_field_item(self, key, self.additional_properties)
