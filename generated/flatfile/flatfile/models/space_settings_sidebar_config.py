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
    from ..models.space_settings_sidebar_config_default_page import SpaceSettingsSidebarConfigDefaultPage


T = TypeVar("T", bound="SpaceSettingsSidebarConfig")


@_attrs_define
class SpaceSettingsSidebarConfig:
    """
    Attributes:
        default_page (SpaceSettingsSidebarConfigDefaultPage | Unset):
        workbook_sidebar_order (list[str] | Unset):
        show_data_checklist (bool | Unset):
        show_sidebar (bool | Unset):
    """

    default_page: SpaceSettingsSidebarConfigDefaultPage | Unset = UNSET
    workbook_sidebar_order: list[str] | Unset = UNSET
    show_data_checklist: bool | Unset = UNSET
    show_sidebar: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        default_page: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_page, Unset):
            default_page = jsonable(self.default_page)

        workbook_sidebar_order: list[str] | Unset = UNSET
        if not isinstance(self.workbook_sidebar_order, Unset):
            workbook_sidebar_order = self.workbook_sidebar_order

        show_data_checklist = self.show_data_checklist

        show_sidebar = self.show_sidebar

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if default_page is not UNSET:
            field_dict["defaultPage"] = default_page
        if workbook_sidebar_order is not UNSET:
            field_dict["workbookSidebarOrder"] = workbook_sidebar_order
        if show_data_checklist is not UNSET:
            field_dict["showDataChecklist"] = show_data_checklist
        if show_sidebar is not UNSET:
            field_dict["showSidebar"] = show_sidebar

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        default_page = d.pop("defaultPage", UNSET)
        if default_page is not UNSET:
            default_page = decode.model(
                _models.SpaceSettingsSidebarConfigDefaultPage.from_dict, default_page, "defaultPage"
            )

        workbook_sidebar_order = d.pop("workbookSidebarOrder", UNSET)
        if workbook_sidebar_order is not UNSET:
            workbook_sidebar_order = decode.scalar_array(workbook_sidebar_order, str, "workbookSidebarOrder")

        show_data_checklist = d.pop("showDataChecklist", UNSET)
        if type(show_data_checklist) is not bool and show_data_checklist is not UNSET:
            show_data_checklist = decode.expect(show_data_checklist, bool, "showDataChecklist")

        show_sidebar = d.pop("showSidebar", UNSET)
        if type(show_sidebar) is not bool and show_sidebar is not UNSET:
            show_sidebar = decode.expect(show_sidebar, bool, "showSidebar")

        space_settings_sidebar_config = cls.__new__(cls)
        space_settings_sidebar_config.default_page = default_page
        space_settings_sidebar_config.workbook_sidebar_order = workbook_sidebar_order
        space_settings_sidebar_config.show_data_checklist = show_data_checklist
        space_settings_sidebar_config.show_sidebar = show_sidebar

        space_settings_sidebar_config.additional_properties = d if d else {}
        return space_settings_sidebar_config

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
