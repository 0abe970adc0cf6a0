from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="ClusterPartition")


@_attrs_define(slots=False)
class ClusterPartition(ResponseMetadata):
    """A slice of a cluster that jobs can be placed on.

    Attributes:
        cluster_partition_id (int):
        name (str):
        labels (list[str]):
        default_instance_config_id (int):
    """

    cluster_partition_id: int
    name: str
    labels: list[str]
    default_instance_config_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        cluster_partition_id = self.cluster_partition_id

        name = self.name

        labels = self.labels

        default_instance_config_id = self.default_instance_config_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clusterPartitionId": cluster_partition_id,
                "name": name,
                "labels": labels,
                "defaultInstanceConfigId": default_instance_config_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cluster_partition_id = d.pop("clusterPartitionId", decode.MISSING)
        if type(cluster_partition_id) is not int:
            cluster_partition_id = decode.expect(cluster_partition_id, int, "clusterPartitionId")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        labels = decode.scalar_array(d.pop("labels", decode.MISSING), str, "labels")

        default_instance_config_id = d.pop("defaultInstanceConfigId", decode.MISSING)
        if type(default_instance_config_id) is not int:
            default_instance_config_id = decode.expect(default_instance_config_id, int, "defaultInstanceConfigId")

        cluster_partition = cls.__new__(cls)
        cluster_partition.cluster_partition_id = cluster_partition_id
        cluster_partition.name = name
        cluster_partition.labels = labels
        cluster_partition.default_instance_config_id = default_instance_config_id

        cluster_partition.additional_properties = d if d else {}
        return cluster_partition

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return field_item(self, key, self.additional_properties)

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return has_field_item(self, key, self.additional_properties)
