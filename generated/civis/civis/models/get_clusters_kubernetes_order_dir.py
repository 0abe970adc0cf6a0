from typing import Literal

GetClustersKubernetesOrderDir = Literal["asc", "desc"]

GET_CLUSTERS_KUBERNETES_ORDER_DIR_VALUES: set[GetClustersKubernetesOrderDir] = {
    "asc",
    "desc",
}


def check_get_clusters_kubernetes_order_dir(value: str) -> GetClustersKubernetesOrderDir:
    if value in GET_CLUSTERS_KUBERNETES_ORDER_DIR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CLUSTERS_KUBERNETES_ORDER_DIR_VALUES!r}")
