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
    from ..models.post_results_body_app_state import PostResultsBodyAppState


T = TypeVar("T", bound="PostResultsBody")


@_attrs_define(slots=False)
class PostResultsBody(ResponseMetadata):
    """
    Attributes:
        script_id (int | Unset):
        name (str | Unset):
        code_body (str | Unset):
        app_state (PostResultsBodyAppState | Unset):
        provide_api_key (bool | Unset):
        template_id (int | Unset):
        hidden (bool | Unset):
    """

    script_id: int | Unset = UNSET
    name: str | Unset = UNSET
    code_body: str | Unset = UNSET
    app_state: PostResultsBodyAppState | Unset = UNSET
    provide_api_key: bool | Unset = UNSET
    template_id: int | Unset = UNSET
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
            field_dict["provideApiKey"] = provide_api_key
        if template_id is not UNSET:
            field_dict["templateId"] = template_id
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
            app_state = decode.model(_models.PostResultsBodyAppState.from_dict, app_state, "appState")

        provide_api_key = d.pop("provideApiKey", UNSET)
        if type(provide_api_key) is not bool and provide_api_key is not UNSET:
            provide_api_key = decode.expect(provide_api_key, bool, "provideApiKey")

        template_id = d.pop("templateId", UNSET)
        if type(template_id) is not int and template_id is not UNSET:
            template_id = decode.expect(template_id, int, "templateId")

        hidden = d.pop("hidden", UNSET)
        if type(hidden) is not bool and hidden is not UNSET:
            hidden = decode.expect(hidden, bool, "hidden")

        post_results_body = cls.__new__(cls)
        post_results_body.script_id = script_id
        post_results_body.name = name
        post_results_body.code_body = code_body
        post_results_body.app_state = app_state
        post_results_body.provide_api_key = provide_api_key
        post_results_body.template_id = template_id
        post_results_body.hidden = hidden

        post_results_body.additional_properties = d if d else {}
        return post_results_body

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
