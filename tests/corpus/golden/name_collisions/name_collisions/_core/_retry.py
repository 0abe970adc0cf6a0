"""Retry policy: which outcomes are retried, and how long to wait before the next attempt.

A wait is exponential backoff with jitter, or what the server asked for (`Retry-After`, ...). A server
wait in the past, or of zero, counts as no hint: the backoff applies, so a storm of such answers is
not retried at full speed. A server wait longer than `MAX_SERVER_RETRY_DELAY` is not honoured: the
error is raised. And no retry starts whose wait would end past the call's deadline (`remaining`).
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from typing import NamedTuple

import httpx

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "IDEMPOTENT_METHODS",
    "MAX_BACKOFF_DELAY",
    "MAX_SERVER_RETRY_DELAY",
    "RetryDecision",
    "backoff_delay",
    "decide_retry",
    "server_retry_delay",
]

DEFAULT_MAX_RETRIES = 2
"""Retries per call unless the client or the call says otherwise."""
INITIAL_BACKOFF_DELAY = 0.5
"""First backoff delay in seconds; doubled for each retry."""
MAX_BACKOFF_DELAY = 8.0
"""Backoff delays are capped at this many seconds."""
MAX_SERVER_RETRY_DELAY = 60.0
"""A server asking for a longer wait than this is not retried: the error is raised."""

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
"""Methods that may be retried on any retryable outcome."""
RETRYABLE_STATUS_CODES = frozenset({408, 409, 429})
"""Retried for idempotent calls, on top of every 5xx."""
NON_IDEMPOTENT_RETRYABLE_STATUS_CODES = frozenset({429, 503})
"""The only statuses retried for POST/PATCH without an idempotency key: the server did not act."""
_NOT_SENT_ERRORS: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
"""Transport errors that happen before any byte of the request is sent."""
_NEVER_RETRIED_ERRORS: tuple[type[Exception], ...] = (httpx.UnsupportedProtocol,)


class RetryDecision(NamedTuple):
    """Outcome of the retry policy: ``delay`` in seconds, or ``None`` to stop; ``reason`` for the log."""

    delay: float | None
    reason: str


def _parse_float(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return float(value.strip())
    except ValueError:
        return None


def server_retry_delay(
    headers: httpx.Headers, status_code: int, *, now: Callable[[], float] = time.time
) -> float | None:
    """Return the wait the server asked for, in seconds, or ``None`` if it asked for none.

    Sources in order: ``retry-after-ms``; ``Retry-After`` as seconds or an HTTP date;
    ``X-RateLimit-Reset`` (epoch seconds, epoch milliseconds or seconds from now), which is only
    read on a 429 or when ``X-RateLimit-Remaining`` is 0, since it otherwise describes a window that
    has nothing to do with this failure. Negative waits become 0.
    """
    retry_after_ms = _parse_float(headers.get("retry-after-ms"))
    if retry_after_ms is not None:
        return max(0.0, retry_after_ms / 1000)
    retry_after = headers.get("retry-after")
    if retry_after is not None:
        seconds = _parse_float(retry_after)
        if seconds is not None:
            return max(0.0, seconds)
        try:
            when = email.utils.parsedate_to_datetime(retry_after)
        except (TypeError, ValueError):
            when = None
        if when is not None:
            return max(0.0, when.timestamp() - now())
    reset = _parse_float(headers.get("x-ratelimit-reset"))
    exhausted = (headers.get("x-ratelimit-remaining") or "").strip() == "0"
    if reset is not None and (status_code == 429 or exhausted):
        if reset > 1e12:  # epoch milliseconds
            return max(0.0, reset / 1000 - now())
        if reset > 1e9:  # epoch seconds
            return max(0.0, reset - now())
        return max(0.0, reset)
    return None


def backoff_delay(retries_taken: int, random_value: float) -> float:
    """Exponential backoff ``0.5 * 2**retries_taken`` capped at 8 s, minus up to 25 % jitter.

    ``random_value`` is a number in [0, 1): 0 gives the full delay.
    """
    delay = min(INITIAL_BACKOFF_DELAY * 2.0**retries_taken, MAX_BACKOFF_DELAY)
    return delay * (1 - 0.25 * random_value)


def decide_retry(
    outcome: httpx.Response | Exception,
    *,
    idempotent: bool,
    retries_taken: int,
    max_retries: int,
    random: Callable[[], float],
    remaining: float | None = None,
) -> RetryDecision:
    """Decide whether to retry after a response or a transport error, and after how long (``remaining``:
    seconds to the deadline; a wait that would end past it stops the retries)."""
    if isinstance(outcome, httpx.Response) and outcome.is_success:
        return RetryDecision(None, "success")
    if retries_taken >= max_retries:
        return RetryDecision(None, "no retries left")
    if isinstance(outcome, httpx.Response):
        decision = _response_decision(outcome, idempotent, retries_taken, random)
    else:
        decision = _exception_decision(outcome, idempotent, retries_taken, random)
    return _within(decision, remaining)


def _response_decision(
    response: httpx.Response, idempotent: bool, retries_taken: int, random: Callable[[], float]
) -> RetryDecision:
    status = response.status_code
    should_retry = (response.headers.get("x-should-retry") or "").strip().lower()
    if should_retry == "false":
        return RetryDecision(None, "server said x-should-retry: false")
    if should_retry != "true":
        if idempotent:
            retryable = status in RETRYABLE_STATUS_CODES or status >= 500
        else:
            retryable = status in NON_IDEMPOTENT_RETRYABLE_STATUS_CODES
        if not retryable:
            return RetryDecision(None, f"status {status} is not retried for this request")
    asked = server_retry_delay(response.headers, status)
    if asked is not None and asked > MAX_SERVER_RETRY_DELAY:
        return RetryDecision(None, f"server asked to wait {asked:.1f} s (over {MAX_SERVER_RETRY_DELAY:.0f} s)")
    if asked:  # a positive wait; zero or a date in the past gets the backoff below
        return RetryDecision(asked, f"status {status}, server asked to wait")
    return RetryDecision(backoff_delay(retries_taken, random()), f"status {status}")


def _exception_decision(
    exc: Exception, idempotent: bool, retries_taken: int, random: Callable[[], float]
) -> RetryDecision:
    if not isinstance(exc, httpx.TransportError) or isinstance(exc, _NEVER_RETRIED_ERRORS):
        return RetryDecision(None, f"{type(exc).__name__} is not retried")
    if not idempotent and not isinstance(exc, _NOT_SENT_ERRORS):
        return RetryDecision(None, f"{type(exc).__name__} may have reached the server; not retried")
    return RetryDecision(backoff_delay(retries_taken, random()), type(exc).__name__)


def _within(decision: RetryDecision, remaining: float | None) -> RetryDecision:
    """``decision``, unless its wait would end at or past the deadline (then: stop)."""
    if remaining is not None and decision.delay is not None and decision.delay >= remaining:
        return RetryDecision(
            None, f"a retry in {decision.delay:.2f} s would end past the deadline ({remaining:.2f} s left)"
        )
    return decision
