from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_create_create_request_app_state import ReportCreateCreateRequestAppState


T = TypeVar("T", bound="ReportCreateCreateRequest")


@_attrs_define(slots=False)
class ReportCreateCreateRequest(ResponseMetadata):
    """
    Attributes:
        script_id (int | Unset):
        name (str | Unset):
        code_body (str | Unset):
        app_state (ReportCreateCreateRequestAppState | Unset):
        provide_api_key (bool | Unset):
        template_id (int | Unset):
        description (str | Unset):
        hidden (bool | Unset):
    """

    script_id: int | Unset = UNSET
    name: str | Unset = UNSET
    code_body: str | Unset = UNSET
    app_state: ReportCreateCreateRequestAppState | Unset = UNSET
    provide_api_key: bool | Unset = UNSET
    template_id: int | Unset = UNSET
    description: str | Unset = UNSET
    hidden: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        script_id = self.script_id

        name = self.name

        code_body = self.code_body

        app_state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app_state, Unset):
            app_state = jsonable(self.app_state)

        provide_api_key = self.provide_api_key

        template_id = self.template_id

        description = self.description

        hidden = self.hidden

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if script_id is not UNSET:
            field_dict["scriptId"] = script_id
        if name is not UNSET:
            field_dict["name"] = name
        if code_body is not UNSET:
            field_dict["codeBody"] = code_body
        if app_state is not UNSET:
            field_dict["appState"] = app_state
        if provide_api_key is not UNSET:
            field_dict["provideAPIKey"] = provide_api_key
        if template_id is not UNSET:
            field_dict["templateId"] = template_id
        if description is not UNSET:
            field_dict["description"] = description
        if hidden is not UNSET:
            field_dict["hidden"] = hidden

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        script_id = d.pop("scriptId", UNSET)
        if type(script_id) is not int and script_id is not UNSET:
            script_id = decode.expect(script_id, int, "scriptId")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        code_body = d.pop("codeBody", UNSET)
        if type(code_body) is not str and code_body is not UNSET:
            code_body = decode.expect(code_body, str, "codeBody")

        app_state = d.pop("appState", UNSET)
        if app_state is not UNSET:
            app_state = decode.model(_models.ReportCreateCreateRequestAppState.from_dict, app_state, "appState")

        provide_api_key = d.pop("provideAPIKey", UNSET)
        if type(provide_api_key) is not bool and provide_api_key is not UNSET:
            provide_api_key = decode.expect(provide_api_key, bool, "provideAPIKey")

        template_id = d.pop("templateId", UNSET)
        if type(template_id) is not int and template_id is not UNSET:
            template_id = decode.expect(template_id, int, "templateId")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        hidden = d.pop("hidden", UNSET)
        if type(hidden) is not bool and hidden is not UNSET:
            hidden = decode.expect(hidden, bool, "hidden")

        report_create_create_request = cls.__new__(cls)
        report_create_create_request.script_id = script_id
        report_create_create_request.name = name
        report_create_create_request.code_body = code_body
        report_create_create_request.app_state = app_state
        report_create_create_request.provide_api_key = provide_api_key
        report_create_create_request.template_id = template_id
        report_create_create_request.description = description
        report_create_create_request.hidden = hidden

        report_create_create_request.additional_properties = d if d else {}
        return report_create_create_request

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
