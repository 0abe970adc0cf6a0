from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

if TYPE_CHECKING:
    from ..models.cluster_partition import ClusterPartition


T = TypeVar("T", bound="KubeCluster")


@_attrs_define(slots=False)
class KubeCluster(ResponseMetadata):
    """A Kubernetes cluster that runs container jobs.

    Attributes:
        id (int):
        organization_id (str):
        organization_name (str):
        organization_slug (str):
        raw_cluster_slug (str):
        custom_partitions (bool):
        cluster_partitions (list[ClusterPartition]):
        is_nat_enabled (bool):
    """

    id: int
    organization_id: str
    organization_name: str
    organization_slug: str
    raw_cluster_slug: str
    custom_partitions: bool
    cluster_partitions: list[ClusterPartition]
    is_nat_enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        organization_name = self.organization_name

        organization_slug = self.organization_slug

        raw_cluster_slug = self.raw_cluster_slug

        custom_partitions = self.custom_partitions

        cluster_partitions = []
        for cluster_partitions_item_data in self.cluster_partitions:
            cluster_partitions_item = jsonable(cluster_partitions_item_data)
            cluster_partitions.append(cluster_partitions_item)

        is_nat_enabled = self.is_nat_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organizationId": organization_id,
                "organizationName": organization_name,
                "organizationSlug": organization_slug,
                "rawClusterSlug": raw_cluster_slug,
                "customPartitions": custom_partitions,
                "clusterPartitions": cluster_partitions,
                "isNatEnabled": is_nat_enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        organization_id = d.pop("organizationId", decode.MISSING)
        if type(organization_id) is not str:
            organization_id = decode.expect(organization_id, str, "organizationId")

        organization_name = d.pop("organizationName", decode.MISSING)
        if type(organization_name) is not str:
            organization_name = decode.expect(organization_name, str, "organizationName")

        organization_slug = d.pop("organizationSlug", decode.MISSING)
        if type(organization_slug) is not str:
            organization_slug = decode.expect(organization_slug, str, "organizationSlug")

        raw_cluster_slug = d.pop("rawClusterSlug", decode.MISSING)
        if type(raw_cluster_slug) is not str:
            raw_cluster_slug = decode.expect(raw_cluster_slug, str, "rawClusterSlug")

        custom_partitions = d.pop("customPartitions", decode.MISSING)
        if type(custom_partitions) is not bool:
            custom_partitions = decode.expect(custom_partitions, bool, "customPartitions")

        cluster_partitions = decode.model_array(
            _models.ClusterPartition.from_dict, d.pop("clusterPartitions", decode.MISSING), "clusterPartitions"
        )

        is_nat_enabled = d.pop("isNatEnabled", decode.MISSING)
        if type(is_nat_enabled) is not bool:
            is_nat_enabled = decode.expect(is_nat_enabled, bool, "isNatEnabled")

        kube_cluster = cls.__new__(cls)
        kube_cluster.id = id
        kube_cluster.organization_id = organization_id
        kube_cluster.organization_name = organization_name
        kube_cluster.organization_slug = organization_slug
        kube_cluster.raw_cluster_slug = raw_cluster_slug
        kube_cluster.custom_partitions = custom_partitions
        kube_cluster.cluster_partitions = cluster_partitions
        kube_cluster.is_nat_enabled = is_nat_enabled

        kube_cluster.additional_properties = d if d else {}
        return kube_cluster

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
