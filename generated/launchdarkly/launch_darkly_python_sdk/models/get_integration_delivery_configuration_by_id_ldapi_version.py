from typing import Literal

GetIntegrationDeliveryConfigurationByIdLDAPIVersion = Literal["beta"]

GET_INTEGRATION_DELIVERY_CONFIGURATION_BY_ID_LDAPI_VERSION_VALUES: set[
    GetIntegrationDeliveryConfigurationByIdLDAPIVersion
] = {
    "beta",
}


def check_get_integration_delivery_configuration_by_id_ldapi_version(
    value: str,
) -> GetIntegrationDeliveryConfigurationByIdLDAPIVersion:
    if value in GET_INTEGRATION_DELIVERY_CONFIGURATION_BY_ID_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_INTEGRATION_DELIVERY_CONFIGURATION_BY_ID_LDAPI_VERSION_VALUES!r}"
    )
