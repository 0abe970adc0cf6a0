from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..models.workbook_treatments import WorkbookTreatments, check_workbook_treatments
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action import Action
    from ..models.sheet_config import SheetConfig
    from ..models.workbook_config_settings import WorkbookConfigSettings


T = TypeVar("T", bound="WorkbooksCreateBody")


@_attrs_define
class WorkbooksCreateBody:
    """
    Attributes:
        name (str): Workbook name. Example: My First Workbook.
        labels (list[str] | Unset):  Example: ['simple-demo'].
        space_id (str | Unset): Space to put the workbook in. Example: us_sp_YOUR_ID.
        environment_id (str | Unset): Environment identifier. Example: us_env_YOUR_ID.
        namespace (str | Unset):
        sheets (list[SheetConfig] | Unset):
        actions (list[Action] | Unset):
        settings (WorkbookConfigSettings | Unset): Workbook behaviour switches.
        metadata (Any | Unset):
        treatments (list[WorkbookTreatments | str] | Unset):
    """

    name: str
    labels: list[str] | Unset = UNSET
    space_id: str | Unset = UNSET
    environment_id: str | Unset = UNSET
    namespace: str | Unset = UNSET
    sheets: list[SheetConfig] | Unset = UNSET
    actions: list[Action] | Unset = UNSET
    settings: WorkbookConfigSettings | Unset = UNSET
    metadata: Any | Unset = UNSET
    treatments: list[WorkbookTreatments | str] | Unset = UNSET
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

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = jsonable(self.settings)

        metadata = self.metadata

        treatments: list[str] | Unset = UNSET
        if not isinstance(self.treatments, Unset):
            treatments = []
            for treatments_item_data in self.treatments:
                treatments_item: str = treatments_item_data
                treatments.append(treatments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
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
        if settings is not UNSET:
            field_dict["settings"] = settings
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if treatments is not UNSET:
            field_dict["treatments"] = treatments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
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
            sheets = decode.model_array(_models.SheetConfig.from_dict, sheets, "sheets")

        actions = d.pop("actions", UNSET)
        if actions is not UNSET:
            actions = decode.model_array(_models.Action.from_dict, actions, "actions")

        settings = d.pop("settings", UNSET)
        if settings is not UNSET:
            settings = decode.model(_models.WorkbookConfigSettings.from_dict, settings, "settings")

        metadata = d.pop("metadata", UNSET)

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

        workbooks_create_body = cls.__new__(cls)
        workbooks_create_body.name = name
        workbooks_create_body.labels = labels
        workbooks_create_body.space_id = space_id
        workbooks_create_body.environment_id = environment_id
        workbooks_create_body.namespace = namespace
        workbooks_create_body.sheets = sheets
        workbooks_create_body.actions = actions
        workbooks_create_body.settings = settings
        workbooks_create_body.metadata = metadata
        workbooks_create_body.treatments = treatments

        workbooks_create_body.additional_properties = d if d else {}
        return workbooks_create_body

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
