from typing import Literal, cast

from .._core import _decode as decode

GetClustersKubernetesOrderDir = Literal["asc", "desc"]

GET_CLUSTERS_KUBERNETES_ORDER_DIR_VALUES: set[GetClustersKubernetesOrderDir] = {
    "asc",
    "desc",
}


def check_get_clusters_kubernetes_order_dir(
    value: object, key: str | int | None = None
) -> GetClustersKubernetesOrderDir | str:
    """`value` as GetClustersKubernetesOrderDir; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in GET_CLUSTERS_KUBERNETES_ORDER_DIR_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['asc', 'desc']", value, key))
