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
    from ..models.environment import Environment
    from ..models.insight_group_collection_score_metadata import InsightGroupCollectionScoreMetadata
    from ..models.insight_group_scores import InsightGroupScores


T = TypeVar("T", bound="InsightGroup")


@_attrs_define
class InsightGroup:
    """
    Attributes:
        key (str):
        name (str):
        project_key (str):
        environment_key (str):
        created_at (int): Milliseconds since the Unix epoch. Example: 1700000000000.
        environment (Environment | Unset): An environment within a project.
        scores (InsightGroupScores | Unset):
        score_metadata (InsightGroupCollectionScoreMetadata | Unset):
        application_keys (list[str] | Unset):
    """

    key: str
    name: str
    project_key: str
    environment_key: str
    created_at: int
    environment: Environment | Unset = UNSET
    scores: InsightGroupScores | Unset = UNSET
    score_metadata: InsightGroupCollectionScoreMetadata | Unset = UNSET
    application_keys: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        project_key = self.project_key

        environment_key = self.environment_key

        created_at = self.created_at

        environment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.environment, Unset):
            environment = jsonable(self.environment)

        scores: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scores, Unset):
            scores = jsonable(self.scores)

        score_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.score_metadata, Unset):
            score_metadata = jsonable(self.score_metadata)

        application_keys: list[str] | Unset = UNSET
        if not isinstance(self.application_keys, Unset):
            application_keys = self.application_keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
                "projectKey": project_key,
                "environmentKey": environment_key,
                "createdAt": created_at,
            }
        )
        if environment is not UNSET:
            field_dict["environment"] = environment
        if scores is not UNSET:
            field_dict["scores"] = scores
        if score_metadata is not UNSET:
            field_dict["scoreMetadata"] = score_metadata
        if application_keys is not UNSET:
            field_dict["applicationKeys"] = application_keys

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

        project_key = d.pop("projectKey", decode.MISSING)
        if type(project_key) is not str:
            project_key = decode.expect(project_key, str, "projectKey")

        environment_key = d.pop("environmentKey", decode.MISSING)
        if type(environment_key) is not str:
            environment_key = decode.expect(environment_key, str, "environmentKey")

        created_at = d.pop("createdAt", decode.MISSING)
        if type(created_at) is not int:
            created_at = decode.expect(created_at, int, "createdAt")

        environment = d.pop("environment", UNSET)
        if environment is not UNSET:
            environment = decode.model(_models.Environment.from_dict, environment, "environment")

        scores = d.pop("scores", UNSET)
        if scores is not UNSET:
            scores = decode.model(_models.InsightGroupScores.from_dict, scores, "scores")

        score_metadata = d.pop("scoreMetadata", UNSET)
        if score_metadata is not UNSET:
            score_metadata = decode.model(
                _models.InsightGroupCollectionScoreMetadata.from_dict, score_metadata, "scoreMetadata"
            )

        application_keys = d.pop("applicationKeys", UNSET)
        if application_keys is not UNSET:
            application_keys = decode.scalar_array(application_keys, str, "applicationKeys")

        insight_group = cls.__new__(cls)
        insight_group.key = key
        insight_group.name = name
        insight_group.project_key = project_key
        insight_group.environment_key = environment_key
        insight_group.created_at = created_at
        insight_group.environment = environment
        insight_group.scores = scores
        insight_group.score_metadata = score_metadata
        insight_group.application_keys = application_keys

        insight_group.additional_properties = d if d else {}
        return insight_group

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
