from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_outcome import JobOutcome


T = TypeVar("T", bound="ImportJob")


@_attrs_define
class ImportJob:
    """
    Attributes:
        id (str):
        kind (Literal["ImportJob"]):  Default: "ImportJob".
        outcome (JobOutcome | Unset):
        source (str | Unset):
    """

    id: str
    kind: Literal["ImportJob"] = "ImportJob"
    outcome: JobOutcome | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind: str = self.kind

        outcome: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outcome, Unset):
            outcome = jsonable(self.outcome)

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
            }
        )
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not str:
            id = decode.expect(id, str, "id")

        kind = cast('Literal["ImportJob"]', decode.const(d.pop("kind", decode.MISSING), "ImportJob", "kind"))

        outcome = d.pop("outcome", UNSET)
        if outcome is not UNSET:
            outcome = decode.model(_models.JobOutcome.from_dict, outcome, "outcome")

        source = d.pop("source", UNSET)
        if type(source) is not str and source is not UNSET:
            source = decode.expect(source, str, "source")

        import_job = cls.__new__(cls)
        import_job.id = id
        import_job.kind = kind
        import_job.outcome = outcome
        import_job.source = source

        import_job.additional_properties = d if d else {}
        return import_job

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
