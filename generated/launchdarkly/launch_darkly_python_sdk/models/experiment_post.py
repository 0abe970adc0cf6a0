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
    from ..models.experiment_post_iteration import ExperimentPostIteration


T = TypeVar("T", bound="ExperimentPost")


@_attrs_define
class ExperimentPost:
    """Fields for a new experiment.

    Attributes:
        name (str):  Example: Checkout test.
        key (str):  Example: checkout-test.
        iteration (ExperimentPostIteration): Hypothesis, metrics, treatments and flags of the first iteration.
        description (str | Unset):
        maintainer_id (str | Unset):
        tags (list[str] | Unset):
    """

    name: str
    key: str
    iteration: ExperimentPostIteration
    description: str | Unset = UNSET
    maintainer_id: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        key = self.key

        iteration = jsonable(self.iteration)

        description = self.description

        maintainer_id = self.maintainer_id

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "key": key,
                "iteration": iteration,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if maintainer_id is not UNSET:
            field_dict["maintainerId"] = maintainer_id
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        key = d.pop("key", decode.MISSING)
        if type(key) is not str:
            key = decode.expect(key, str, "key")

        iteration = decode.model(
            _models.ExperimentPostIteration.from_dict, d.pop("iteration", decode.MISSING), "iteration"
        )

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        maintainer_id = d.pop("maintainerId", UNSET)
        if type(maintainer_id) is not str and maintainer_id is not UNSET:
            maintainer_id = decode.expect(maintainer_id, str, "maintainerId")

        tags = d.pop("tags", UNSET)
        if tags is not UNSET:
            tags = decode.scalar_array(tags, str, "tags")

        experiment_post = cls.__new__(cls)
        experiment_post.name = name
        experiment_post.key = key
        experiment_post.iteration = iteration
        experiment_post.description = description
        experiment_post.maintainer_id = maintainer_id
        experiment_post.tags = tags

        experiment_post.additional_properties = d if d else {}
        return experiment_post

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
