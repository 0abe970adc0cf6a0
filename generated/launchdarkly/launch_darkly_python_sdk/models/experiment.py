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
    from ..models.experiment_current_iteration import ExperimentCurrentIteration
    from ..models.experiment_draft_iteration import ExperimentDraftIteration
    from ..models.experiment_links import ExperimentLinks


T = TypeVar("T", bound="Experiment")


@_attrs_define
class Experiment:
    """An experiment.

    Attributes:
        key (str):  Example: checkout-test.
        name (str):  Example: Checkout test.
        field_maintainer_id (str):
        field_creation_date (int): Milliseconds since the Unix epoch. Example: 1700000000000.
        environment_key (str):  Example: production.
        field_id (str | Unset):
        description (str | Unset):
        archived_date (int | Unset): Milliseconds since the Unix epoch. Example: 1700000000000.
        tags (list[str] | Unset):
        field_links (ExperimentLinks | Unset):
        current_iteration (ExperimentCurrentIteration | Unset):
        draft_iteration (ExperimentDraftIteration | Unset):
    """

    key: str
    name: str
    field_maintainer_id: str
    field_creation_date: int
    environment_key: str
    field_id: str | Unset = UNSET
    description: str | Unset = UNSET
    archived_date: int | Unset = UNSET
    tags: list[str] | Unset = UNSET
    field_links: ExperimentLinks | Unset = UNSET
    current_iteration: ExperimentCurrentIteration | Unset = UNSET
    draft_iteration: ExperimentDraftIteration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        field_maintainer_id = self.field_maintainer_id

        field_creation_date = self.field_creation_date

        environment_key = self.environment_key

        field_id = self.field_id

        description = self.description

        archived_date = self.archived_date

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        current_iteration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_iteration, Unset):
            current_iteration = jsonable(self.current_iteration)

        draft_iteration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.draft_iteration, Unset):
            draft_iteration = jsonable(self.draft_iteration)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
                "_maintainerId": field_maintainer_id,
                "_creationDate": field_creation_date,
                "environmentKey": environment_key,
            }
        )
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if description is not UNSET:
            field_dict["description"] = description
        if archived_date is not UNSET:
            field_dict["archivedDate"] = archived_date
        if tags is not UNSET:
            field_dict["tags"] = tags
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if current_iteration is not UNSET:
            field_dict["currentIteration"] = current_iteration
        if draft_iteration is not UNSET:
            field_dict["draftIteration"] = draft_iteration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.experiment_current_iteration import ExperimentCurrentIteration  # noqa: PLC0415
        from ..models.experiment_draft_iteration import ExperimentDraftIteration  # noqa: PLC0415
        from ..models.experiment_links import ExperimentLinks  # noqa: PLC0415

        d = dict(src_dict)
        key = decode.expect(d.pop("key", decode.MISSING), str, "key")

        name = decode.expect(d.pop("name", decode.MISSING), str, "name")

        field_maintainer_id = decode.expect(d.pop("_maintainerId", decode.MISSING), str, "_maintainerId")

        field_creation_date = decode.expect(d.pop("_creationDate", decode.MISSING), int, "_creationDate")

        environment_key = decode.expect(d.pop("environmentKey", decode.MISSING), str, "environmentKey")

        field_id = decode.expect(d.pop("_id", UNSET), str, "_id")

        description = decode.expect(d.pop("description", UNSET), str, "description")

        archived_date = decode.expect(d.pop("archivedDate", UNSET), int, "archivedDate")

        _tags = d.pop("tags", UNSET)
        tags: list[str] | Unset
        if isinstance(_tags, list):
            tags = []
            for tags_index, tags_item_data in enumerate(_tags):
                with decode.at("tags", tags_index):
                    tags_item = decode.expect(tags_item_data, str)

                tags.append(tags_item)
        else:
            tags = decode.mismatch("an array", _tags, "tags")

        field_links = decode.model(ExperimentLinks.from_dict, d.pop("_links", UNSET), "_links")

        current_iteration = decode.model(
            ExperimentCurrentIteration.from_dict, d.pop("currentIteration", UNSET), "currentIteration"
        )

        draft_iteration = decode.model(
            ExperimentDraftIteration.from_dict, d.pop("draftIteration", UNSET), "draftIteration"
        )

        experiment = cls(
            key=key,
            name=name,
            field_maintainer_id=field_maintainer_id,
            field_creation_date=field_creation_date,
            environment_key=environment_key,
            field_id=field_id,
            description=description,
            archived_date=archived_date,
            tags=tags,
            field_links=field_links,
            current_iteration=current_iteration,
            draft_iteration=draft_iteration,
        )

        experiment.additional_properties = d
        return experiment

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
