"""Operations on `client.experiments_beta`."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, header_values, query_params
from .._core._request import ApiRequest
from .._core._types import as_model, as_models
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    OffsetStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.experiment import Experiment
from ..models.experiment_collection_rep import ExperimentCollectionRep
from ..models.experiment_patch_input import ExperimentPatchInput
from ..models.experiment_post import ExperimentPost
from ..models.experiment_post_iteration import ExperimentPostIteration
from ..models.flags_input import FlagsInput
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.instruction import Instruction
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.iteration_input import IterationInput
from ..models.iteration_rep import IterationRep
from ..models.method_not_allowed_error_rep import MethodNotAllowedErrorRep
from ..models.metric_input import MetricInput
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.randomization_settings_put import RandomizationSettingsPut
from ..models.randomization_settings_rep import RandomizationSettingsRep
from ..models.randomization_unit_input import RandomizationUnitInput
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.results_rep import ResultsRep
from ..models.status_conflict_error_rep import StatusConflictErrorRep
from ..models.treatment_input import TreatmentInput
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, Unset


def _parse_list_experiments_in_environment(response: httpx.Response) -> ExperimentCollectionRep:
    return ExperimentCollectionRep.from_dict(response.json())


def _parse_create_new(response: httpx.Response) -> Experiment:
    return Experiment.from_dict(response.json())


def _parse_get_details(response: httpx.Response) -> Experiment:
    return Experiment.from_dict(response.json())


def _parse_update_semantic_patch(response: httpx.Response) -> Experiment:
    return Experiment.from_dict(response.json())


def _parse_create_iteration(response: httpx.Response) -> IterationRep:
    return IterationRep.from_dict(response.json())


def _parse_get_experimentation_settings(response: httpx.Response) -> RandomizationSettingsRep:
    return RandomizationSettingsRep.from_dict(response.json())


def _parse_update_experimentation_settings(response: httpx.Response) -> RandomizationSettingsRep:
    return RandomizationSettingsRep.from_dict(response.json())


def _parse_get_experiment_metric_results(response: httpx.Response) -> ResultsRep:
    return ResultsRep.from_dict(response.json())


def _parse_get_legacy_experiment_results(response: httpx.Response) -> ResultsRep:
    return ResultsRep.from_dict(response.json())


def _parse_get_results_for_metric_group(response: httpx.Response) -> ResultsRep:
    return ResultsRep.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    409: StatusConflictErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_3: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    405: MethodNotAllowedErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class ExperimentsBetaResource:
    """Operations on `client.experiments_beta`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> ExperimentsBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ExperimentsBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> ExperimentsBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_experiments_in_environment(
        self,
        project_key: str,
        environment_key: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filter: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        lifecycle_state: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[Experiment]:
        """List experiments.

        `GET /api/v2/projects/{projectKey}/environments/{environmentKey}/experiments`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            filter: Filter expression, such as `field:value`.
            expand: Comma-separated list of optional fields to include.
            lifecycle_state: Only experiments in these lifecycle states.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Experiment`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `ExperimentCollectionRep` and
            the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/experiments",
                params=query_params(
                    {
                        "limit": limit,
                        "offset": offset,
                        "filter": filter,
                        "expand": expand,
                        "lifecycleState": lifecycle_state,
                    }
                ),
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_experiments_in_environment,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="total_count"),
            items=("items",),
            max_items=max_items,
        )

    def create_new(
        self,
        project_key: str,
        environment_key: str,
        *,
        name: str,
        key: str,
        iteration: ExperimentPostIteration | Mapping[str, Any],
        description: str | Unset = UNSET,
        maintainer_id: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Experiment:
        """Create an experiment.

        `POST /api/v2/projects/{projectKey}/environments/{environmentKey}/experiments`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            name: The `name` field of the request body.
            key: The `key` field of the request body.
            iteration: Hypothesis, metrics, treatments and flags of the first iteration.
            description: The `description` field of the request body.
            maintainer_id: The `maintainerId` field of the request body.
            tags: The `tags` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Experiment

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/experiments",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                json=ExperimentPost(
                    name=name,
                    key=key,
                    iteration=as_model(ExperimentPostIteration, iteration),
                    description=description,
                    maintainer_id=maintainer_id,
                    tags=tags,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create_new,
        )

    def get_details(
        self,
        project_key: str,
        environment_key: str,
        experiment_key: str,
        *,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Experiment:
        """Get an experiment.

        `GET /api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            experiment_key: Key of the experiment.
            expand: Comma-separated list of optional fields to include.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Experiment

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/experiments/{encode_path(experiment_key)}",
                params=query_params(
                    {
                        "expand": expand,
                    }
                ),
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_details,
        )

    def update_semantic_patch(
        self,
        project_key: str,
        environment_key: str,
        experiment_key: str,
        *,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Experiment:
        """Change experiment.

        `PATCH /api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}`

        Args:
            project_key: The `projectKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            experiment_key: The `experimentKey` path parameter.
            instructions: The `instructions` field of the request body.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Experiment

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/experiments/{encode_path(experiment_key)}",
                json=ExperimentPatchInput(instructions=as_models(Instruction, instructions), comment=comment).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update_semantic_patch,
        )

    def create_iteration(
        self,
        project_key: str,
        environment_key: str,
        experiment_key: str,
        *,
        hypothesis: str,
        metrics: Sequence[MetricInput | Mapping[str, Any]],
        treatments: Sequence[TreatmentInput | Mapping[str, Any]],
        flags: FlagsInput | Mapping[str, Any],
        can_reshuffle_traffic: bool | Unset = UNSET,
        primary_single_metric_key: str | Unset = UNSET,
        primary_funnel_key: str | Unset = UNSET,
        randomization_unit: str | Unset = UNSET,
        reallocation_frequency_millis: int | Unset = UNSET,
        covariate_id: str | Unset = UNSET,
        attributes: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> IterationRep:
        """Add iteration.

        Deprecated: this operation is deprecated by the API and may be removed.

        `POST /api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}/iterations`

        Args:
            project_key: The `projectKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            experiment_key: The `experimentKey` path parameter.
            hypothesis: The `hypothesis` field of the request body.
            metrics: The `metrics` field of the request body.
            treatments: The `treatments` field of the request body.
            flags: The `flags` field of the request body.
            can_reshuffle_traffic: The `canReshuffleTraffic` field of the request body.
            primary_single_metric_key: The `primarySingleMetricKey` field of the request body.
            primary_funnel_key: The `primaryFunnelKey` field of the request body.
            randomization_unit: The `randomizationUnit` field of the request body.
            reallocation_frequency_millis: The `reallocationFrequencyMillis` field of the request body.
            covariate_id: The `covariateId` field of the request body.
            attributes: The `attributes` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            IterationRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        warnings.warn("experiments_beta.create_iteration is deprecated", DeprecationWarning, stacklevel=2)
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/experiments/{encode_path(experiment_key)}/iterations",
                json=IterationInput(
                    hypothesis=hypothesis,
                    metrics=as_models(MetricInput, metrics),
                    treatments=as_models(TreatmentInput, treatments),
                    flags=as_model(FlagsInput, flags),
                    can_reshuffle_traffic=can_reshuffle_traffic,
                    primary_single_metric_key=primary_single_metric_key,
                    primary_funnel_key=primary_funnel_key,
                    randomization_unit=randomization_unit,
                    reallocation_frequency_millis=reallocation_frequency_millis,
                    covariate_id=covariate_id,
                    attributes=attributes,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create_iteration,
        )

    def get_experimentation_settings(
        self,
        project_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RandomizationSettingsRep:
        """Fetch experimentation settings.

        `GET /api/v2/projects/{projectKey}/experimentation-settings`

        Args:
            project_key: The `projectKey` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RandomizationSettingsRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 405,
                429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/experimentation-settings",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_experimentation_settings,
        )

    def update_experimentation_settings(
        self,
        project_key: str,
        *,
        randomization_units: Sequence[RandomizationUnitInput | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> RandomizationSettingsRep:
        """Set experimentation settings.

        `PUT /api/v2/projects/{projectKey}/experimentation-settings`

        Args:
            project_key: The `projectKey` path parameter.
            randomization_units: The `randomizationUnits` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RandomizationSettingsRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 405,
                429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/api/v2/projects/{encode_path(project_key)}/experimentation-settings",
                json=RandomizationSettingsPut(
                    randomization_units=as_models(RandomizationUnitInput, randomization_units)
                ).to_dict(),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_update_experimentation_settings,
        )

    def get_experiment_metric_results(
        self,
        project_key: str,
        environment_key: str,
        experiment_key: str,
        metric_key: str,
        *,
        iteration_id: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ResultsRep:
        """Results of one metric of an experiment.

        Documented by the previous SDK; the published API description no longer lists it.

        `GET /api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}/metrics/{metricKey}/results`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            experiment_key: The experiment key.
            metric_key: The metric key.
            iteration_id: Iteration to report on.
            expand: Comma-separated fields to expand.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ResultsRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/experiments/{encode_path(experiment_key)}/metrics/{encode_path(metric_key)}/results",
                params=query_params(
                    {
                        "iterationId": iteration_id,
                        "expand": expand,
                    }
                ),
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_experiment_metric_results,
        )

    def get_legacy_experiment_results(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        metric_key: str,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        _from: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ResultsRep:
        """Results of a legacy experiment.

        Documented by the previous SDK; the published API description no longer lists it.

        `GET /api/v2/flags/{projectKey}/{featureFlagKey}/experiments/{environmentKey}/{metricKey}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            metric_key: The metric key.
            from_: Start of the period (Unix milliseconds).
            to: End of the period (Unix milliseconds).
            _from: Another name for `from_` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ResultsRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        if not isinstance(_from, Unset):
            from_ = _from
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(feature_flag_key)}/experiments/{encode_path(environment_key)}/{encode_path(metric_key)}",
                params=query_params(
                    {
                        "from": from_,
                        "to": to,
                    }
                ),
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_legacy_experiment_results,
        )

    def get_results_for_metric_group(
        self,
        project_key: str,
        environment_key: str,
        experiment_key: str,
        metric_group_key: str,
        *,
        iteration_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ResultsRep:
        """Results of one metric group of an experiment.

        Documented by the previous SDK; the published API description no longer lists it.

        `GET /api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}/metric-groups/{metricGroupKey}/results`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            experiment_key: The experiment key.
            metric_group_key: The metric group key.
            iteration_id: Iteration to report on.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ResultsRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/experiments/{encode_path(experiment_key)}/metric-groups/{encode_path(metric_group_key)}/results",
                params=query_params(
                    {
                        "iterationId": iteration_id,
                    }
                ),
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_results_for_metric_group,
        )

    async def alist_experiments_in_environment(
        self,
        project_key: str,
        environment_key: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filter: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        lifecycle_state: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Experiment]:
        """Coroutine twin of `list_experiments_in_environment`: same arguments, same result, awaitable."""
        return await AsyncExperimentsBetaResource(self._async_client()).list_experiments_in_environment(
            project_key,
            environment_key,
            limit=limit,
            offset=offset,
            filter=filter,
            expand=expand,
            lifecycle_state=lifecycle_state,
            max_items=max_items,
            request_options=request_options,
        )

    async def acreate_new(
        self,
        project_key: str,
        environment_key: str,
        *,
        name: str,
        key: str,
        iteration: ExperimentPostIteration | Mapping[str, Any],
        description: str | Unset = UNSET,
        maintainer_id: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Experiment:
        """Coroutine twin of `create_new`: same arguments, same result, awaitable."""
        return await AsyncExperimentsBetaResource(self._async_client()).create_new(
            project_key,
            environment_key,
            name=name,
            key=key,
            iteration=iteration,
            description=description,
            maintainer_id=maintainer_id,
            tags=tags,
            request_options=request_options,
        )

    async def aget_details(
        self,
        project_key: str,
        environment_key: str,
        experiment_key: str,
        *,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Experiment:
        """Coroutine twin of `get_details`: same arguments, same result, awaitable."""
        return await AsyncExperimentsBetaResource(self._async_client()).get_details(
            project_key,
            environment_key,
            experiment_key,
            expand=expand,
            request_options=request_options,
        )

    async def aupdate_semantic_patch(
        self,
        project_key: str,
        environment_key: str,
        experiment_key: str,
        *,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Experiment:
        """Coroutine twin of `update_semantic_patch`: same arguments, same result, awaitable."""
        return await AsyncExperimentsBetaResource(self._async_client()).update_semantic_patch(
            project_key,
            environment_key,
            experiment_key,
            instructions=instructions,
            comment=comment,
            request_options=request_options,
        )

    async def acreate_iteration(
        self,
        project_key: str,
        environment_key: str,
        experiment_key: str,
        *,
        hypothesis: str,
        metrics: Sequence[MetricInput | Mapping[str, Any]],
        treatments: Sequence[TreatmentInput | Mapping[str, Any]],
        flags: FlagsInput | Mapping[str, Any],
        can_reshuffle_traffic: bool | Unset = UNSET,
        primary_single_metric_key: str | Unset = UNSET,
        primary_funnel_key: str | Unset = UNSET,
        randomization_unit: str | Unset = UNSET,
        reallocation_frequency_millis: int | Unset = UNSET,
        covariate_id: str | Unset = UNSET,
        attributes: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> IterationRep:
        """Coroutine twin of `create_iteration`: same arguments, same result, awaitable."""
        return await AsyncExperimentsBetaResource(self._async_client()).create_iteration(
            project_key,
            environment_key,
            experiment_key,
            hypothesis=hypothesis,
            metrics=metrics,
            treatments=treatments,
            flags=flags,
            can_reshuffle_traffic=can_reshuffle_traffic,
            primary_single_metric_key=primary_single_metric_key,
            primary_funnel_key=primary_funnel_key,
            randomization_unit=randomization_unit,
            reallocation_frequency_millis=reallocation_frequency_millis,
            covariate_id=covariate_id,
            attributes=attributes,
            request_options=request_options,
        )

    async def aget_experimentation_settings(
        self,
        project_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RandomizationSettingsRep:
        """Coroutine twin of `get_experimentation_settings`: same arguments, same result, awaitable."""
        return await AsyncExperimentsBetaResource(self._async_client()).get_experimentation_settings(
            project_key,
            request_options=request_options,
        )

    async def aupdate_experimentation_settings(
        self,
        project_key: str,
        *,
        randomization_units: Sequence[RandomizationUnitInput | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> RandomizationSettingsRep:
        """Coroutine twin of `update_experimentation_settings`: same arguments, same result, awaitable."""
        return await AsyncExperimentsBetaResource(self._async_client()).update_experimentation_settings(
            project_key,
            randomization_units=randomization_units,
            request_options=request_options,
        )

    async def aget_experiment_metric_results(
        self,
        project_key: str,
        environment_key: str,
        experiment_key: str,
        metric_key: str,
        *,
        iteration_id: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ResultsRep:
        """Coroutine twin of `get_experiment_metric_results`: same arguments, same result, awaitable."""
        return await AsyncExperimentsBetaResource(self._async_client()).get_experiment_metric_results(
            project_key,
            environment_key,
            experiment_key,
            metric_key,
            iteration_id=iteration_id,
            expand=expand,
            request_options=request_options,
        )

    async def aget_legacy_experiment_results(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        metric_key: str,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        _from: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ResultsRep:
        """Coroutine twin of `get_legacy_experiment_results`: same arguments, same result, awaitable."""
        return await AsyncExperimentsBetaResource(self._async_client()).get_legacy_experiment_results(
            project_key,
            feature_flag_key,
            environment_key,
            metric_key,
            from_=from_,
            to=to,
            _from=_from,
            request_options=request_options,
        )

    async def aget_results_for_metric_group(
        self,
        project_key: str,
        environment_key: str,
        experiment_key: str,
        metric_group_key: str,
        *,
        iteration_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ResultsRep:
        """Coroutine twin of `get_results_for_metric_group`: same arguments, same result, awaitable."""
        return await AsyncExperimentsBetaResource(self._async_client()).get_results_for_metric_group(
            project_key,
            environment_key,
            experiment_key,
            metric_group_key,
            iteration_id=iteration_id,
            request_options=request_options,
        )


class ExperimentsBetaResourceWithRawResponse:
    """`experiments_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ExperimentsBetaResource) -> None:
        self.list_experiments_in_environment = to_raw_response(resource.list_experiments_in_environment)
        self.create_new = to_raw_response(resource.create_new)
        self.get_details = to_raw_response(resource.get_details)
        self.update_semantic_patch = to_raw_response(resource.update_semantic_patch)
        self.create_iteration = to_raw_response(resource.create_iteration)
        self.get_experimentation_settings = to_raw_response(resource.get_experimentation_settings)
        self.update_experimentation_settings = to_raw_response(resource.update_experimentation_settings)
        self.get_experiment_metric_results = to_raw_response(resource.get_experiment_metric_results)
        self.get_legacy_experiment_results = to_raw_response(resource.get_legacy_experiment_results)
        self.get_results_for_metric_group = to_raw_response(resource.get_results_for_metric_group)


class AsyncExperimentsBetaResource:
    """Operations on `client.experiments_beta`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncExperimentsBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncExperimentsBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncExperimentsBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def list_experiments_in_environment(
        self,
        project_key: str,
        environment_key: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filter: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        lifecycle_state: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Experiment]:
        """List experiments.

        `GET /api/v2/projects/{projectKey}/environments/{environmentKey}/experiments`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            limit: Page size: at most this many items come back.
            offset: Number of items to skip before the page starts.
            filter: Filter expression, such as `field:value`.
            expand: Comma-separated list of optional fields to include.
            lifecycle_state: Only experiments in these lifecycle states.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Experiment`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `ExperimentCollectionRep` and
            the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/experiments",
                params=query_params(
                    {
                        "limit": limit,
                        "offset": offset,
                        "filter": filter,
                        "expand": expand,
                        "lifecycleState": lifecycle_state,
                    }
                ),
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_experiments_in_environment,
            strategy=OffsetStrategy(offset_param="offset", limit_param="limit", total_field="total_count"),
            items=("items",),
            max_items=max_items,
        )

    async def create_new(
        self,
        project_key: str,
        environment_key: str,
        *,
        name: str,
        key: str,
        iteration: ExperimentPostIteration | Mapping[str, Any],
        description: str | Unset = UNSET,
        maintainer_id: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Experiment:
        """Create an experiment.

        `POST /api/v2/projects/{projectKey}/environments/{environmentKey}/experiments`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            name: The `name` field of the request body.
            key: The `key` field of the request body.
            iteration: Hypothesis, metrics, treatments and flags of the first iteration.
            description: The `description` field of the request body.
            maintainer_id: The `maintainerId` field of the request body.
            tags: The `tags` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Experiment

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/experiments",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                json=ExperimentPost(
                    name=name,
                    key=key,
                    iteration=as_model(ExperimentPostIteration, iteration),
                    description=description,
                    maintainer_id=maintainer_id,
                    tags=tags,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create_new,
        )

    async def get_details(
        self,
        project_key: str,
        environment_key: str,
        experiment_key: str,
        *,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Experiment:
        """Get an experiment.

        `GET /api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            experiment_key: Key of the experiment.
            expand: Comma-separated list of optional fields to include.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Experiment

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/experiments/{encode_path(experiment_key)}",
                params=query_params(
                    {
                        "expand": expand,
                    }
                ),
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_details,
        )

    async def update_semantic_patch(
        self,
        project_key: str,
        environment_key: str,
        experiment_key: str,
        *,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Experiment:
        """Change experiment.

        `PATCH /api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}`

        Args:
            project_key: The `projectKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            experiment_key: The `experimentKey` path parameter.
            instructions: The `instructions` field of the request body.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Experiment

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/experiments/{encode_path(experiment_key)}",
                json=ExperimentPatchInput(instructions=as_models(Instruction, instructions), comment=comment).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update_semantic_patch,
        )

    async def create_iteration(
        self,
        project_key: str,
        environment_key: str,
        experiment_key: str,
        *,
        hypothesis: str,
        metrics: Sequence[MetricInput | Mapping[str, Any]],
        treatments: Sequence[TreatmentInput | Mapping[str, Any]],
        flags: FlagsInput | Mapping[str, Any],
        can_reshuffle_traffic: bool | Unset = UNSET,
        primary_single_metric_key: str | Unset = UNSET,
        primary_funnel_key: str | Unset = UNSET,
        randomization_unit: str | Unset = UNSET,
        reallocation_frequency_millis: int | Unset = UNSET,
        covariate_id: str | Unset = UNSET,
        attributes: list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> IterationRep:
        """Add iteration.

        Deprecated: this operation is deprecated by the API and may be removed.

        `POST /api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}/iterations`

        Args:
            project_key: The `projectKey` path parameter.
            environment_key: The `environmentKey` path parameter.
            experiment_key: The `experimentKey` path parameter.
            hypothesis: The `hypothesis` field of the request body.
            metrics: The `metrics` field of the request body.
            treatments: The `treatments` field of the request body.
            flags: The `flags` field of the request body.
            can_reshuffle_traffic: The `canReshuffleTraffic` field of the request body.
            primary_single_metric_key: The `primarySingleMetricKey` field of the request body.
            primary_funnel_key: The `primaryFunnelKey` field of the request body.
            randomization_unit: The `randomizationUnit` field of the request body.
            reallocation_frequency_millis: The `reallocationFrequencyMillis` field of the request body.
            covariate_id: The `covariateId` field of the request body.
            attributes: The `attributes` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            IterationRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        warnings.warn("experiments_beta.create_iteration is deprecated", DeprecationWarning, stacklevel=2)
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/experiments/{encode_path(experiment_key)}/iterations",
                json=IterationInput(
                    hypothesis=hypothesis,
                    metrics=as_models(MetricInput, metrics),
                    treatments=as_models(TreatmentInput, treatments),
                    flags=as_model(FlagsInput, flags),
                    can_reshuffle_traffic=can_reshuffle_traffic,
                    primary_single_metric_key=primary_single_metric_key,
                    primary_funnel_key=primary_funnel_key,
                    randomization_unit=randomization_unit,
                    reallocation_frequency_millis=reallocation_frequency_millis,
                    covariate_id=covariate_id,
                    attributes=attributes,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create_iteration,
        )

    async def get_experimentation_settings(
        self,
        project_key: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RandomizationSettingsRep:
        """Fetch experimentation settings.

        `GET /api/v2/projects/{projectKey}/experimentation-settings`

        Args:
            project_key: The `projectKey` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RandomizationSettingsRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 405,
                429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/experimentation-settings",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_experimentation_settings,
        )

    async def update_experimentation_settings(
        self,
        project_key: str,
        *,
        randomization_units: Sequence[RandomizationUnitInput | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> RandomizationSettingsRep:
        """Set experimentation settings.

        `PUT /api/v2/projects/{projectKey}/experimentation-settings`

        Args:
            project_key: The `projectKey` path parameter.
            randomization_units: The `randomizationUnits` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            RandomizationSettingsRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 405,
                429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/api/v2/projects/{encode_path(project_key)}/experimentation-settings",
                json=RandomizationSettingsPut(
                    randomization_units=as_models(RandomizationUnitInput, randomization_units)
                ).to_dict(),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_update_experimentation_settings,
        )

    async def get_experiment_metric_results(
        self,
        project_key: str,
        environment_key: str,
        experiment_key: str,
        metric_key: str,
        *,
        iteration_id: str | Unset = UNSET,
        expand: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ResultsRep:
        """Results of one metric of an experiment.

        Documented by the previous SDK; the published API description no longer lists it.

        `GET /api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}/metrics/{metricKey}/results`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            experiment_key: The experiment key.
            metric_key: The metric key.
            iteration_id: Iteration to report on.
            expand: Comma-separated fields to expand.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ResultsRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/experiments/{encode_path(experiment_key)}/metrics/{encode_path(metric_key)}/results",
                params=query_params(
                    {
                        "iterationId": iteration_id,
                        "expand": expand,
                    }
                ),
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_experiment_metric_results,
        )

    async def get_legacy_experiment_results(
        self,
        project_key: str,
        feature_flag_key: str,
        environment_key: str,
        metric_key: str,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        _from: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ResultsRep:
        """Results of a legacy experiment.

        Documented by the previous SDK; the published API description no longer lists it.

        `GET /api/v2/flags/{projectKey}/{featureFlagKey}/experiments/{environmentKey}/{metricKey}`

        Args:
            project_key: Key of the project.
            feature_flag_key: Flag key.
            environment_key: Key of the environment.
            metric_key: The metric key.
            from_: Start of the period (Unix milliseconds).
            to: End of the period (Unix milliseconds).
            _from: Another name for `from_` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ResultsRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        if not isinstance(_from, Unset):
            from_ = _from
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/flags/{encode_path(project_key)}/{encode_path(feature_flag_key)}/experiments/{encode_path(environment_key)}/{encode_path(metric_key)}",
                params=query_params(
                    {
                        "from": from_,
                        "to": to,
                    }
                ),
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_legacy_experiment_results,
        )

    async def get_results_for_metric_group(
        self,
        project_key: str,
        environment_key: str,
        experiment_key: str,
        metric_group_key: str,
        *,
        iteration_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ResultsRep:
        """Results of one metric group of an experiment.

        Documented by the previous SDK; the published API description no longer lists it.

        `GET /api/v2/projects/{projectKey}/environments/{environmentKey}/experiments/{experimentKey}/metric-groups/{metricGroupKey}/results`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            experiment_key: The experiment key.
            metric_group_key: The metric group key.
            iteration_id: Iteration to report on.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ResultsRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/projects/{encode_path(project_key)}/environments/{encode_path(environment_key)}/experiments/{encode_path(experiment_key)}/metric-groups/{encode_path(metric_group_key)}/results",
                params=query_params(
                    {
                        "iterationId": iteration_id,
                    }
                ),
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_results_for_metric_group,
        )


class AsyncExperimentsBetaResourceWithRawResponse:
    """`experiments_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncExperimentsBetaResource) -> None:
        self.list_experiments_in_environment = to_async_raw_response(resource.list_experiments_in_environment)
        self.create_new = to_async_raw_response(resource.create_new)
        self.get_details = to_async_raw_response(resource.get_details)
        self.update_semantic_patch = to_async_raw_response(resource.update_semantic_patch)
        self.create_iteration = to_async_raw_response(resource.create_iteration)
        self.get_experimentation_settings = to_async_raw_response(resource.get_experimentation_settings)
        self.update_experimentation_settings = to_async_raw_response(resource.update_experimentation_settings)
        self.get_experiment_metric_results = to_async_raw_response(resource.get_experiment_metric_results)
        self.get_legacy_experiment_results = to_async_raw_response(resource.get_legacy_experiment_results)
        self.get_results_for_metric_group = to_async_raw_response(resource.get_results_for_metric_group)
