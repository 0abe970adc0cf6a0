from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable, rfc3339
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_simple import UserSimple


T = TypeVar("T", bound="AppInstance")


@_attrs_define(slots=False)
class AppInstance(ResponseMetadata):
    """One deployed copy of an app.

    Attributes:
        id (int):
        name (str):
        app_release_id (int):
        created_at (datetime.datetime):
        report_id (int | Unset):
        user (UserSimple | Unset): Short reference to a user.
        project_id (int | Unset):
        auth_code_url (str | Unset):
        api_key (None | str | Unset):
    """

    id: int
    name: str
    app_release_id: int
    created_at: datetime.datetime
    report_id: int | Unset = UNSET
    user: UserSimple | Unset = UNSET
    project_id: int | Unset = UNSET
    auth_code_url: str | Unset = UNSET
    api_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        app_release_id = self.app_release_id

        created_at = rfc3339(self.created_at)

        report_id = self.report_id

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = jsonable(self.user)

        project_id = self.project_id

        auth_code_url = self.auth_code_url

        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "appReleaseId": app_release_id,
                "createdAt": created_at,
            }
        )
        if report_id is not UNSET:
            field_dict["reportId"] = report_id
        if user is not UNSET:
            field_dict["user"] = user
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if auth_code_url is not UNSET:
            field_dict["authCodeUrl"] = auth_code_url
        if api_key is not UNSET:
            field_dict["apiKey"] = api_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        app_release_id = d.pop("appReleaseId", decode.MISSING)
        if type(app_release_id) is not int:
            app_release_id = decode.expect(app_release_id, int, "appReleaseId")

        created_at = decode.date_time(d.pop("createdAt", decode.MISSING), "createdAt")

        report_id = d.pop("reportId", UNSET)
        if type(report_id) is not int and report_id is not UNSET:
            report_id = decode.expect(report_id, int, "reportId")

        user = d.pop("user", UNSET)
        if user is not UNSET:
            user = decode.model(_models.UserSimple.from_dict, user, "user")

        project_id = d.pop("projectId", UNSET)
        if type(project_id) is not int and project_id is not UNSET:
            project_id = decode.expect(project_id, int, "projectId")

        auth_code_url = d.pop("authCodeUrl", UNSET)
        if type(auth_code_url) is not str and auth_code_url is not UNSET:
            auth_code_url = decode.expect(auth_code_url, str, "authCodeUrl")

        api_key = d.pop("apiKey", UNSET)
        if api_key is not None and type(api_key) is not str and api_key is not UNSET:
            api_key = decode.expect(api_key, str, "apiKey", "one of None | str")

        app_instance = cls.__new__(cls)
        app_instance.id = id
        app_instance.name = name
        app_instance.app_release_id = app_release_id
        app_instance.created_at = created_at
        app_instance.report_id = report_id
        app_instance.user = user
        app_instance.project_id = project_id
        app_instance.auth_code_url = auth_code_url
        app_instance.api_key = api_key

        app_instance.additional_properties = d if d else {}
        return app_instance

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
