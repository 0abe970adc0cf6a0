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
from ..models.workbook_treatments import WorkbookTreatments, check_workbook_treatments
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action import Action
    from ..models.sheet import Sheet
    from ..models.workbook_config_settings import WorkbookConfigSettings


T = TypeVar("T", bound="Workbook")


@_attrs_define
class Workbook:
    """A set of related sheets.

    Attributes:
        space_id (str):  Example: us_sp_YOUR_ID.
        environment_id (str):  Example: us_env_YOUR_ID.
        id (str | Unset): Identifier assigned by Flatfile. Example: us_wb_YOUR_ID.
        name (str | Unset):  Example: My First Workbook.
        sheets (list[Sheet] | Unset):
        labels (list[str] | Unset):
        actions (list[Action] | Unset):
        settings (WorkbookConfigSettings | Unset): Workbook behaviour switches.
        metadata (Any | Unset):
        namespace (str | Unset):
        treatments (list[WorkbookTreatments | str] | Unset):
        created_at (datetime.datetime | Unset): When the resource was created. Example: 2024-01-15T09:30:00Z.
        updated_at (datetime.datetime | Unset): When the resource was last changed. Example: 2024-01-15T09:30:00Z.
        expired_at (datetime.datetime | None | Unset):
    """

    space_id: str
    environment_id: str
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    sheets: list[Sheet] | Unset = UNSET
    labels: list[str] | Unset = UNSET
    actions: list[Action] | Unset = UNSET
    settings: WorkbookConfigSettings | Unset = UNSET
    metadata: Any | Unset = UNSET
    namespace: str | Unset = UNSET
    treatments: list[WorkbookTreatments | str] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    expired_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        space_id = self.space_id

        environment_id = self.environment_id

        id = self.id

        name = self.name

        sheets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sheets, Unset):
            sheets = []
            for sheets_item_data in self.sheets:
                sheets_item = jsonable(sheets_item_data)
                sheets.append(sheets_item)

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = jsonable(actions_item_data)
                actions.append(actions_item)

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = jsonable(self.settings)

        metadata = self.metadata

        namespace = self.namespace

        treatments: list[str] | Unset = UNSET
        if not isinstance(self.treatments, Unset):
            treatments = []
            for treatments_item_data in self.treatments:
                treatments_item: str = treatments_item_data
                treatments.append(treatments_item)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = rfc3339(self.created_at)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = rfc3339(self.updated_at)

        expired_at: None | str | Unset
        if isinstance(self.expired_at, Unset):
            expired_at = UNSET
        elif isinstance(self.expired_at, datetime.datetime):
            expired_at = rfc3339(self.expired_at)
        else:
            expired_at = self.expired_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "spaceId": space_id,
                "environmentId": environment_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if sheets is not UNSET:
            field_dict["sheets"] = sheets
        if labels is not UNSET:
            field_dict["labels"] = labels
        if actions is not UNSET:
            field_dict["actions"] = actions
        if settings is not UNSET:
            field_dict["settings"] = settings
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if treatments is not UNSET:
            field_dict["treatments"] = treatments
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if expired_at is not UNSET:
            field_dict["expiredAt"] = expired_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        space_id = d.pop("spaceId", decode.MISSING)
        if type(space_id) is not str:
            space_id = decode.expect(space_id, str, "spaceId")

        environment_id = d.pop("environmentId", decode.MISSING)
        if type(environment_id) is not str:
            environment_id = decode.expect(environment_id, str, "environmentId")

        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = decode.expect(id, str, "id")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        sheets = d.pop("sheets", UNSET)
        if sheets is not UNSET:
            sheets = decode.model_array(_models.Sheet.from_dict, sheets, "sheets")

        labels = d.pop("labels", UNSET)
        if labels is not UNSET:
            labels = decode.scalar_array(labels, str, "labels")

        actions = d.pop("actions", UNSET)
        if actions is not UNSET:
            actions = decode.model_array(_models.Action.from_dict, actions, "actions")

        settings = d.pop("settings", UNSET)
        if settings is not UNSET:
            settings = decode.model(_models.WorkbookConfigSettings.from_dict, settings, "settings")

        metadata = d.pop("metadata", UNSET)

        namespace = d.pop("namespace", UNSET)
        if type(namespace) is not str and namespace is not UNSET:
            namespace = decode.expect(namespace, str, "namespace")

        _treatments_array = d.pop("treatments", UNSET)
        treatments: list[WorkbookTreatments | str] | Unset
        if isinstance(_treatments_array, list):
            treatments = []
            with decode.in_array("treatments", treatments):
                for treatments_item_data in _treatments_array:
                    treatments_item = check_workbook_treatments(treatments_item_data)

                    treatments.append(treatments_item)
        else:
            treatments = decode.mismatch("an array", _treatments_array, "treatments")

        created_at = decode.date_time(d.pop("createdAt", UNSET), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", UNSET), "updatedAt")

        expired_at = d.pop("expiredAt", UNSET)
        if expired_at is not None and expired_at is not UNSET:
            expired_at = decode.date_time(expired_at, "expiredAt", expected="one of datetime.datetime | None")

        workbook = cls.__new__(cls)
        workbook.space_id = space_id
        workbook.environment_id = environment_id
        workbook.id = id
        workbook.name = name
        workbook.sheets = sheets
        workbook.labels = labels
        workbook.actions = actions
        workbook.settings = settings
        workbook.metadata = metadata
        workbook.namespace = namespace
        workbook.treatments = treatments
        workbook.created_at = created_at
        workbook.updated_at = updated_at
        workbook.expired_at = expired_at

        workbook.additional_properties = d if d else {}
        return workbook

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
