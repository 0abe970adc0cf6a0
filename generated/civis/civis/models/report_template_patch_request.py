from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportTemplatePatchRequest")


@_attrs_define(slots=False)
class ReportTemplatePatchRequest(ResponseMetadata):
    """
    Attributes:
        name (str | Unset):
        category (str | Unset):
        archived (bool | Unset):
        code_body (str | Unset):
        provide_api_key (bool | Unset):
    """

    name: str | Unset = UNSET
    category: str | Unset = UNSET
    archived: bool | Unset = UNSET
    code_body: str | Unset = UNSET
    provide_api_key: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        category = self.category

        archived = self.archived

        code_body = self.code_body

        provide_api_key = self.provide_api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if category is not UNSET:
            field_dict["category"] = category
        if archived is not UNSET:
            field_dict["archived"] = archived
        if code_body is not UNSET:
            field_dict["codeBody"] = code_body
        if provide_api_key is not UNSET:
            field_dict["provideAPIKey"] = provide_api_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        category = d.pop("category", UNSET)
        if type(category) is not str and category is not UNSET:
            category = decode.expect(category, str, "category")

        archived = d.pop("archived", UNSET)
        if type(archived) is not bool and archived is not UNSET:
            archived = decode.expect(archived, bool, "archived")

        code_body = d.pop("codeBody", UNSET)
        if type(code_body) is not str and code_body is not UNSET:
            code_body = decode.expect(code_body, str, "codeBody")

        provide_api_key = d.pop("provideAPIKey", UNSET)
        if type(provide_api_key) is not bool and provide_api_key is not UNSET:
            provide_api_key = decode.expect(provide_api_key, bool, "provideAPIKey")

        report_template_patch_request = cls.__new__(cls)
        report_template_patch_request.name = name
        report_template_patch_request.category = category
        report_template_patch_request.archived = archived
        report_template_patch_request.code_body = code_body
        report_template_patch_request.provide_api_key = provide_api_key

        report_template_patch_request.additional_properties = d if d else {}
        return report_template_patch_request

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
