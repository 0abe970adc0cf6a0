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
    from ..models.report_update_patch_request_app_state import ReportUpdatePatchRequestAppState


T = TypeVar("T", bound="ReportUpdatePatchRequest")


@_attrs_define(slots=False)
class ReportUpdatePatchRequest(ResponseMetadata):
    """
    Attributes:
        name (str | Unset):
        script_id (int | Unset):
        code_body (str | Unset):
        config (str | Unset):
        app_state (ReportUpdatePatchRequestAppState | Unset):
        provide_api_key (bool | Unset):
        template_id (int | Unset):
        use_viewers_tableau_username (bool | Unset):
        description (str | Unset):
    """

    name: str | Unset = UNSET
    script_id: int | Unset = UNSET
    code_body: str | Unset = UNSET
    config: str | Unset = UNSET
    app_state: ReportUpdatePatchRequestAppState | Unset = UNSET
    provide_api_key: bool | Unset = UNSET
    template_id: int | Unset = UNSET
    use_viewers_tableau_username: bool | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        script_id = self.script_id

        code_body = self.code_body

        config = self.config

        app_state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app_state, Unset):
            app_state = jsonable(self.app_state)

        provide_api_key = self.provide_api_key

        template_id = self.template_id

        use_viewers_tableau_username = self.use_viewers_tableau_username

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if script_id is not UNSET:
            field_dict["scriptId"] = script_id
        if code_body is not UNSET:
            field_dict["codeBody"] = code_body
        if config is not UNSET:
            field_dict["config"] = config
        if app_state is not UNSET:
            field_dict["appState"] = app_state
        if provide_api_key is not UNSET:
            field_dict["provideAPIKey"] = provide_api_key
        if template_id is not UNSET:
            field_dict["templateId"] = template_id
        if use_viewers_tableau_username is not UNSET:
            field_dict["useViewersTableauUsername"] = use_viewers_tableau_username
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        script_id = d.pop("scriptId", UNSET)
        if type(script_id) is not int and script_id is not UNSET:
            script_id = decode.expect(script_id, int, "scriptId")

        code_body = d.pop("codeBody", UNSET)
        if type(code_body) is not str and code_body is not UNSET:
            code_body = decode.expect(code_body, str, "codeBody")

        config = d.pop("config", UNSET)
        if type(config) is not str and config is not UNSET:
            config = decode.expect(config, str, "config")

        app_state = d.pop("appState", UNSET)
        if app_state is not UNSET:
            app_state = decode.model(_models.ReportUpdatePatchRequestAppState.from_dict, app_state, "appState")

        provide_api_key = d.pop("provideAPIKey", UNSET)
        if type(provide_api_key) is not bool and provide_api_key is not UNSET:
            provide_api_key = decode.expect(provide_api_key, bool, "provideAPIKey")

        template_id = d.pop("templateId", UNSET)
        if type(template_id) is not int and template_id is not UNSET:
            template_id = decode.expect(template_id, int, "templateId")

        use_viewers_tableau_username = d.pop("useViewersTableauUsername", UNSET)
        if type(use_viewers_tableau_username) is not bool and use_viewers_tableau_username is not UNSET:
            use_viewers_tableau_username = decode.expect(
                use_viewers_tableau_username, bool, "useViewersTableauUsername"
            )

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        report_update_patch_request = cls.__new__(cls)
        report_update_patch_request.name = name
        report_update_patch_request.script_id = script_id
        report_update_patch_request.code_body = code_body
        report_update_patch_request.config = config
        report_update_patch_request.app_state = app_state
        report_update_patch_request.provide_api_key = provide_api_key
        report_update_patch_request.template_id = template_id
        report_update_patch_request.use_viewers_tableau_username = use_viewers_tableau_username
        report_update_patch_request.description = description

        report_update_patch_request.additional_properties = d if d else {}
        return report_update_patch_request

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
