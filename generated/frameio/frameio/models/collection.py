from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable, rfc3339
from ..models.collection_aggregation_mode import CollectionAggregationMode, check_collection_aggregation_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project import Project
    from ..models.share import Share
    from ..models.user import User


T = TypeVar("T", bound="Collection")


@_attrs_define
class Collection:
    """A saved selection of assets within a project.

    Attributes:
        id (UUID):
        name (None | str):
        project_id (UUID):
        root_folder_id (None | UUID):
        aggregation_mode (CollectionAggregationMode | str):
        auto_generated (bool):
        private (bool):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        creator (User | Unset): A person as seen from another resource.
        project (Project | Unset): A project holding folders, files and reviews.
        shares (list[Share] | Unset):
    """

    id: UUID
    name: None | str
    project_id: UUID
    root_folder_id: None | UUID
    aggregation_mode: CollectionAggregationMode | str
    auto_generated: bool
    private: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    creator: User | Unset = UNSET
    project: Project | Unset = UNSET
    shares: list[Share] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name: None | str
        name = self.name

        project_id = str(self.project_id)

        root_folder_id: None | str
        if isinstance(self.root_folder_id, UUID):
            root_folder_id = str(self.root_folder_id)
        else:
            root_folder_id = self.root_folder_id

        aggregation_mode: str = self.aggregation_mode

        auto_generated = self.auto_generated

        private = self.private

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        creator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creator, Unset):
            creator = jsonable(self.creator)

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = jsonable(self.project)

        shares: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shares, Unset):
            shares = []
            for shares_item_data in self.shares:
                shares_item = jsonable(shares_item_data)
                shares.append(shares_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "project_id": project_id,
                "root_folder_id": root_folder_id,
                "aggregation_mode": aggregation_mode,
                "auto_generated": auto_generated,
                "private": private,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if creator is not UNSET:
            field_dict["creator"] = creator
        if project is not UNSET:
            field_dict["project"] = project
        if shares is not UNSET:
            field_dict["shares"] = shares

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = decode.uuid(d.pop("id", decode.MISSING), "id")

        name = d.pop("name", decode.MISSING)
        if name is not None and type(name) is not str:
            name = decode.expect(name, str, "name", "one of None | str")

        project_id = decode.uuid(d.pop("project_id", decode.MISSING), "project_id")

        root_folder_id = d.pop("root_folder_id", decode.MISSING)
        if root_folder_id is not None:
            root_folder_id = decode.uuid(root_folder_id, "root_folder_id", expected="one of None | UUID")

        aggregation_mode = check_collection_aggregation_mode(
            d.pop("aggregation_mode", decode.MISSING), "aggregation_mode"
        )

        auto_generated = d.pop("auto_generated", decode.MISSING)
        if type(auto_generated) is not bool:
            auto_generated = decode.expect(auto_generated, bool, "auto_generated")

        private = d.pop("private", decode.MISSING)
        if type(private) is not bool:
            private = decode.expect(private, bool, "private")

        created_at = decode.date_time(d.pop("created_at", decode.MISSING), "created_at")

        updated_at = decode.date_time(d.pop("updated_at", decode.MISSING), "updated_at")

        creator = d.pop("creator", UNSET)
        if creator is not UNSET:
            creator = decode.model(_models.User.from_dict, creator, "creator")

        project = d.pop("project", UNSET)
        if project is not UNSET:
            project = decode.model(_models.Project.from_dict, project, "project")

        shares = d.pop("shares", UNSET)
        if shares is not UNSET:
            shares = decode.model_array(_models.Share.from_dict, shares, "shares")

        collection = cls.__new__(cls)
        collection.id = id
        collection.name = name
        collection.project_id = project_id
        collection.root_folder_id = root_folder_id
        collection.aggregation_mode = aggregation_mode
        collection.auto_generated = auto_generated
        collection.private = private
        collection.created_at = created_at
        collection.updated_at = updated_at
        collection.creator = creator
        collection.project = project
        collection.shares = shares

        collection.additional_properties = d if d else {}
        return collection

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
