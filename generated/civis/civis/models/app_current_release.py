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
    from ..models.app_current_release_resources import AppCurrentReleaseResources


T = TypeVar("T", bound="AppCurrentRelease")


@_attrs_define(slots=False)
class AppCurrentRelease(ResponseMetadata):
    """
    Attributes:
        id (int | Unset):
        app_id (int | Unset):
        report_template_id (int | Unset):
        resources (AppCurrentReleaseResources | Unset):
        archived (str | Unset):
    """

    id: int | Unset = UNSET
    app_id: int | Unset = UNSET
    report_template_id: int | Unset = UNSET
    resources: AppCurrentReleaseResources | Unset = UNSET
    archived: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        app_id = self.app_id

        report_template_id = self.report_template_id

        resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = jsonable(self.resources)

        archived = self.archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if report_template_id is not UNSET:
            field_dict["reportTemplateId"] = report_template_id
        if resources is not UNSET:
            field_dict["resources"] = resources
        if archived is not UNSET:
            field_dict["archived"] = archived

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if type(id) is not int and id is not UNSET:
            id = decode.expect(id, int, "id")

        app_id = d.pop("appId", UNSET)
        if type(app_id) is not int and app_id is not UNSET:
            app_id = decode.expect(app_id, int, "appId")

        report_template_id = d.pop("reportTemplateId", UNSET)
        if type(report_template_id) is not int and report_template_id is not UNSET:
            report_template_id = decode.expect(report_template_id, int, "reportTemplateId")

        resources = d.pop("resources", UNSET)
        if resources is not UNSET:
            resources = decode.model(_models.AppCurrentReleaseResources.from_dict, resources, "resources")

        archived = d.pop("archived", UNSET)
        if type(archived) is not str and archived is not UNSET:
            archived = decode.expect(archived, str, "archived")

        app_current_release = cls.__new__(cls)
        app_current_release.id = id
        app_current_release.app_id = app_id
        app_current_release.report_template_id = report_template_id
        app_current_release.resources = resources
        app_current_release.archived = archived

        app_current_release.additional_properties = d if d else {}
        return app_current_release

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
