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
        d = dict(src_dict)
        key = d.pop("key", decode.MISSING)
        if type(key) is not str:
            key = decode.expect(key, str, "key")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        field_maintainer_id = d.pop("_maintainerId", decode.MISSING)
        if type(field_maintainer_id) is not str:
            field_maintainer_id = decode.expect(field_maintainer_id, str, "_maintainerId")

        field_creation_date = d.pop("_creationDate", decode.MISSING)
        if type(field_creation_date) is not int:
            field_creation_date = decode.expect(field_creation_date, int, "_creationDate")

        environment_key = d.pop("environmentKey", decode.MISSING)
        if type(environment_key) is not str:
            environment_key = decode.expect(environment_key, str, "environmentKey")

        field_id = d.pop("_id", UNSET)
        if type(field_id) is not str and field_id is not UNSET:
            field_id = decode.expect(field_id, str, "_id")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        archived_date = d.pop("archivedDate", UNSET)
        if type(archived_date) is not int and archived_date is not UNSET:
            archived_date = decode.expect(archived_date, int, "archivedDate")

        tags = d.pop("tags", UNSET)
        if tags is not UNSET:
            tags = decode.scalar_array(tags, str, "tags")

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.ExperimentLinks.from_dict, field_links, "_links")

        current_iteration = d.pop("currentIteration", UNSET)
        if current_iteration is not UNSET:
            current_iteration = decode.model(
                _models.ExperimentCurrentIteration.from_dict, current_iteration, "currentIteration"
            )

        draft_iteration = d.pop("draftIteration", UNSET)
        if draft_iteration is not UNSET:
            draft_iteration = decode.model(
                _models.ExperimentDraftIteration.from_dict, draft_iteration, "draftIteration"
            )

        experiment = cls.__new__(cls)
        experiment.key = key
        experiment.name = name
        experiment.field_maintainer_id = field_maintainer_id
        experiment.field_creation_date = field_creation_date
        experiment.environment_key = environment_key
        experiment.field_id = field_id
        experiment.description = description
        experiment.archived_date = archived_date
        experiment.tags = tags
        experiment.field_links = field_links
        experiment.current_iteration = current_iteration
        experiment.draft_iteration = draft_iteration

        experiment.additional_properties = d if d else {}
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
