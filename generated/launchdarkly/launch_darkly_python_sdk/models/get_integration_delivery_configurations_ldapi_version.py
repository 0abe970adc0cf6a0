from typing import Literal

GetIntegrationDeliveryConfigurationsLDAPIVersion = Literal["beta"]

GET_INTEGRATION_DELIVERY_CONFIGURATIONS_LDAPI_VERSION_VALUES: set[GetIntegrationDeliveryConfigurationsLDAPIVersion] = {
    "beta",
}


def check_get_integration_delivery_configurations_ldapi_version(
    value: str,
) -> GetIntegrationDeliveryConfigurationsLDAPIVersion:
    if value in GET_INTEGRATION_DELIVERY_CONFIGURATIONS_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_INTEGRATION_DELIVERY_CONFIGURATIONS_LDAPI_VERSION_VALUES!r}"
    )
