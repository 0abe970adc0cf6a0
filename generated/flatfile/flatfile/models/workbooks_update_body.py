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
    from ..models.action import Action
    from ..models.sheet_config_or_update import SheetConfigOrUpdate
    from ..models.workbook_config_settings import WorkbookConfigSettings


T = TypeVar("T", bound="WorkbooksUpdateBody")


@_attrs_define
class WorkbooksUpdateBody:
    """
    Attributes:
        name (str | Unset):  Example: My Updated Workbook.
        labels (list[str] | Unset):  Example: ['my-new-label'].
        space_id (str | Unset): Space identifier. Example: us_sp_YOUR_ID.
        environment_id (str | Unset): Environment identifier. Example: us_env_YOUR_ID.
        namespace (str | Unset):
        sheets (list[SheetConfigOrUpdate] | Unset):
        actions (list[Action] | Unset):
        metadata (Any | Unset):
        settings (WorkbookConfigSettings | Unset): Workbook behaviour switches.
    """

    name: str | Unset = UNSET
    labels: list[str] | Unset = UNSET
    space_id: str | Unset = UNSET
    environment_id: str | Unset = UNSET
    namespace: str | Unset = UNSET
    sheets: list[SheetConfigOrUpdate] | Unset = UNSET
    actions: list[Action] | Unset = UNSET
    metadata: Any | Unset = UNSET
    settings: WorkbookConfigSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        space_id = self.space_id

        environment_id = self.environment_id

        namespace = self.namespace

        sheets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sheets, Unset):
            sheets = []
            for sheets_item_data in self.sheets:
                sheets_item = jsonable(sheets_item_data)
                sheets.append(sheets_item)

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = jsonable(actions_item_data)
                actions.append(actions_item)

        metadata = self.metadata

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = jsonable(self.settings)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if labels is not UNSET:
            field_dict["labels"] = labels
        if space_id is not UNSET:
            field_dict["spaceId"] = space_id
        if environment_id is not UNSET:
            field_dict["environmentId"] = environment_id
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if sheets is not UNSET:
            field_dict["sheets"] = sheets
        if actions is not UNSET:
            field_dict["actions"] = actions
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        labels = d.pop("labels", UNSET)
        if labels is not UNSET:
            labels = decode.scalar_array(labels, str, "labels")

        space_id = d.pop("spaceId", UNSET)
        if type(space_id) is not str and space_id is not UNSET:
            space_id = decode.expect(space_id, str, "spaceId")

        environment_id = d.pop("environmentId", UNSET)
        if type(environment_id) is not str and environment_id is not UNSET:
            environment_id = decode.expect(environment_id, str, "environmentId")

        namespace = d.pop("namespace", UNSET)
        if type(namespace) is not str and namespace is not UNSET:
            namespace = decode.expect(namespace, str, "namespace")

        sheets = d.pop("sheets", UNSET)
        if sheets is not UNSET:
            sheets = decode.model_array(_models.SheetConfigOrUpdate.from_dict, sheets, "sheets")

        actions = d.pop("actions", UNSET)
        if actions is not UNSET:
            actions = decode.model_array(_models.Action.from_dict, actions, "actions")

        metadata = d.pop("metadata", UNSET)

        settings = d.pop("settings", UNSET)
        if settings is not UNSET:
            settings = decode.model(_models.WorkbookConfigSettings.from_dict, settings, "settings")

        workbooks_update_body = cls.__new__(cls)
        workbooks_update_body.name = name
        workbooks_update_body.labels = labels
        workbooks_update_body.space_id = space_id
        workbooks_update_body.environment_id = environment_id
        workbooks_update_body.namespace = namespace
        workbooks_update_body.sheets = sheets
        workbooks_update_body.actions = actions
        workbooks_update_body.metadata = metadata
        workbooks_update_body.settings = settings

        workbooks_update_body.additional_properties = d if d else {}
        return workbooks_update_body

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
