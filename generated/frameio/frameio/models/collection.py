from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        aggregation_mode (CollectionAggregationMode):
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
    aggregation_mode: CollectionAggregationMode
    auto_generated: bool
    private: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    creator: User | Unset = UNSET
    project: Project | Unset = UNSET
    shares: list[Share] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        creator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creator, Unset):
            creator = self.creator.to_dict()

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        shares: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shares, Unset):
            shares = []
            for shares_item_data in self.shares:
                shares_item = shares_item_data.to_dict()
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
        from ..models.project import Project  # noqa: PLC0415
        from ..models.share import Share  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        project_id = UUID(d.pop("project_id"))

        def _parse_root_folder_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                root_folder_id_type_0 = UUID(data)

                return root_folder_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        root_folder_id = _parse_root_folder_id(d.pop("root_folder_id"))

        aggregation_mode = check_collection_aggregation_mode(d.pop("aggregation_mode"))

        auto_generated = d.pop("auto_generated")

        private = d.pop("private")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        _creator = d.pop("creator", UNSET)
        creator: User | Unset
        if isinstance(_creator, Unset):
            creator = UNSET
        else:
            creator = User.from_dict(_creator)

        _project = d.pop("project", UNSET)
        project: Project | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = Project.from_dict(_project)

        _shares = d.pop("shares", UNSET)
        shares: list[Share] | Unset = UNSET
        if _shares is not UNSET:
            shares = []
            for shares_item_data in _shares:
                shares_item = Share.from_dict(shares_item_data)

                shares.append(shares_item)

        collection = cls(
            id=id,
            name=name,
            project_id=project_id,
            root_folder_id=root_folder_id,
            aggregation_mode=aggregation_mode,
            auto_generated=auto_generated,
            private=private,
            created_at=created_at,
            updated_at=updated_at,
            creator=creator,
            project=project,
            shares=shares,
        )

        collection.additional_properties = d
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
