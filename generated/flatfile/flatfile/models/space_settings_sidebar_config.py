from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.space_settings_sidebar_config_default_page import SpaceSettingsSidebarConfigDefaultPage  # noqa: PLC0415

        d = dict(src_dict)
        default_page = decode.model(
            SpaceSettingsSidebarConfigDefaultPage.from_dict, d.pop("defaultPage", UNSET), "defaultPage"
        )

        _workbook_sidebar_order = d.pop("workbookSidebarOrder", UNSET)
        workbook_sidebar_order: list[str] | Unset
        if isinstance(_workbook_sidebar_order, list):
            workbook_sidebar_order = []
            for workbook_sidebar_order_index, workbook_sidebar_order_item_data in enumerate(_workbook_sidebar_order):
                with decode.at("workbookSidebarOrder", workbook_sidebar_order_index):
                    workbook_sidebar_order_item = decode.expect(workbook_sidebar_order_item_data, str)

                workbook_sidebar_order.append(workbook_sidebar_order_item)
        else:
            workbook_sidebar_order = decode.mismatch("an array", _workbook_sidebar_order, "workbookSidebarOrder")

        show_data_checklist = decode.expect(d.pop("showDataChecklist", UNSET), bool, "showDataChecklist")

        show_sidebar = decode.expect(d.pop("showSidebar", UNSET), bool, "showSidebar")

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
