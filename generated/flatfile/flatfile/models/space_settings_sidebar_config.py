from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    def to_dict(self) -> dict[str, Any]:
        default_page: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_page, Unset):
            default_page = self.default_page.to_dict()

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
        from ..models.space_settings_sidebar_config_default_page import SpaceSettingsSidebarConfigDefaultPage  # noqa: PLC0415

        d = dict(src_dict)
        _default_page = d.pop("defaultPage", UNSET)
        default_page: SpaceSettingsSidebarConfigDefaultPage | Unset
        if isinstance(_default_page, Unset):
            default_page = UNSET
        else:
            default_page = SpaceSettingsSidebarConfigDefaultPage.from_dict(_default_page)

        workbook_sidebar_order = cast(list[str], d.pop("workbookSidebarOrder", UNSET))

        show_data_checklist = d.pop("showDataChecklist", UNSET)

        show_sidebar = d.pop("showSidebar", UNSET)

        space_settings_sidebar_config = cls(
            default_page=default_page,
            workbook_sidebar_order=workbook_sidebar_order,
            show_data_checklist=show_data_checklist,
            show_sidebar=show_sidebar,
        )

        space_settings_sidebar_config.additional_properties = d
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
