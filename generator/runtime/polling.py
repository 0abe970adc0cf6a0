"""Long-running operations: poll a status operation until the run reaches a final state.

:class:`PollingFuture` is a :class:`concurrent.futures.Future` (as civis-python's ``CivisFuture``):
``result(timeout)``, ``exception()``, ``done()``, ``add_done_callback()``, and ``cancel()``, which
calls the API's cancel operation when one is declared. Polling runs in a daemon thread, starting at
``polling_interval`` seconds and backing off exponentially (``backoff``) up to ``max_interval``.
:class:`AsyncPollingFuture` is its awaitable twin.
"""

from __future__ import annotations

import concurrent.futures
import threading
from collections.abc import Awaitable, Callable, Collection, Generator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .errors import SdkError

if TYPE_CHECKING:  # asyncio is imported only by the async twin, so sync-only use never loads it
    import asyncio

__all__ = ["AsyncPollingFuture", "PollingFuture", "RunFailedError", "RunStates"]

T = TypeVar("T")


class RunFailedError(SdkError):
    """The run reached a failed state.

    Attributes:
        state: the failed state (e.g. ``"failed"``).
        status: the last parsed status the server returned.
    """

    def __init__(self, state: str, status: object) -> None:
        super().__init__(f"the run ended in state {state!r}")
        self.state = state
        self.status = status


class RunStates:
    """Which states mean "keep polling", "finished" and "failed".

    A run is done when its state is in ``terminal`` (when given) or not in ``pending``; a done run
    whose state is in ``failed`` raises :class:`RunFailedError` from ``result()``.
    """

    def __init__(
        self,
        *,
        state_of: Callable[[Any], object],
        pending: Collection[str] = (),
        terminal: Collection[str] = (),
        failed: Collection[str] = (),
    ) -> None:
        if not pending and not terminal:
            raise ValueError("give the pending states or the terminal states")
        self.state_of = state_of
        self.pending = frozenset(pending)
        self.terminal = frozenset(terminal)
        self.failed = frozenset(failed)

    def state(self, status: object) -> str:
        """The state of a parsed status, as text (enums by value)."""
        value = self.state_of(status)
        value = getattr(value, "value", value)
        return "" if value is None else str(value)

    def is_done(self, state: str) -> bool:
        """Whether polling stops at ``state``."""
        return state in self.terminal if self.terminal else state not in self.pending


class _Polling(Generic[T]):
    """What both pollers share: the schedule, the last status and the decision after each poll."""

    _states: RunStates
    last_status: T | None

    def _configure(
        self, states: RunStates, *, polling_interval: float, backoff: float, max_interval: float, start: object
    ) -> None:
        if polling_interval < 0 or backoff < 1 or max_interval < 0:
            raise ValueError("polling_interval and max_interval must be >= 0 and backoff >= 1")
        self._states = states
        self.polling_interval = polling_interval
        self.backoff = backoff
        self.max_interval = max_interval
        self.started = start
        self.last_status = None
        self.polls = 0

    @property
    def state(self) -> str | None:
        """The state seen at the last poll (``None`` before the first)."""
        return None if self.last_status is None else self._states.state(self.last_status)

    def _is_final(self, status: T) -> bool:
        """Record one poll's status; whether polling stops there (:class:`RunFailedError` for a failed state)."""
        self.polls += 1
        self.last_status = status
        state = self._states.state(status)
        if not self._states.is_done(state):
            return False
        if state in self._states.failed:
            raise RunFailedError(state, status)
        return True

    def _next_delay(self, delay: float) -> float:
        return min(delay * self.backoff if delay else self.polling_interval, self.max_interval)


class PollingFuture(_Polling[T], concurrent.futures.Future[T]):
    """A run in progress; its result is the final parsed status.

    Args:
        poll: fetches and parses the current status (the status operation).
        states: the state field and its pending, terminal and failed values.
        cancel: calls the cancel operation; ``None`` when the API has none.
        polling_interval: seconds before the first poll (and the starting delay between polls).
        backoff: factor applied to the delay after each poll.
        max_interval: the longest delay between polls.
        start: the parsed response of the start operation (``started``).
    """

    def __init__(
        self,
        poll: Callable[[], T],
        states: RunStates,
        *,
        cancel: Callable[[], object] | None = None,
        polling_interval: float = 1.0,
        backoff: float = 1.5,
        max_interval: float = 30.0,
        start: object = None,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        """Start polling in a daemon thread."""
        super().__init__()
        self._configure(
            states, polling_interval=polling_interval, backoff=backoff, max_interval=max_interval, start=start
        )
        self._poll = poll
        self._cancel_call = cancel
        self._stop = threading.Event()
        self._outcome = threading.RLock()  # a poll's outcome waits while `cancel()` calls the cancel operation
        self._sleep = sleep
        self._thread = threading.Thread(target=self._run, name="sdk-polling", daemon=True)
        self._thread.start()

    def _wait(self, delay: float) -> bool:
        if self._sleep is not None:
            self._sleep(delay)
            return self._stop.is_set()
        return self._stop.wait(delay)

    def _run(self) -> None:
        delay = self.polling_interval
        while not self._wait(delay):
            try:
                status = self._poll()
                final = self._is_final(status)
            except BaseException as exc:  # noqa: BLE001 - handed to the caller through the future
                self._finish(exception=exc)
                return
            if final:
                self._finish(result=status)
                return
            delay = self._next_delay(delay)

    def _finish(self, *, result: Any = None, exception: BaseException | None = None) -> None:
        with self._outcome:
            if self._stop.is_set() or self.cancelled():
                return
            try:
                if exception is not None:
                    self.set_exception(exception)
                else:
                    self.set_result(result)
            except concurrent.futures.InvalidStateError:
                pass  # cancelled meanwhile

    def cancel(self) -> bool:
        """Cancel the run: call the cancel operation (when declared), stop polling, mark cancelled.

        Returns ``False`` when the run had already finished. A poll answering while the cancel operation
        is under way (the run reported cancelled, say) waits for it, so the future ends cancelled; when
        the cancel operation raises, polling goes on.
        """
        with self._outcome:
            if self.done():
                return False
            if self._cancel_call is not None:
                self._cancel_call()
            self._stop.set()
            return super().cancel()


class AsyncPollingFuture(_Polling[T]):
    """Async twin of :class:`PollingFuture`: ``await future`` gives the final status.

    Polling runs in an :class:`asyncio.Task` created by the constructor (call it inside a running
    event loop); ``done()``, ``add_done_callback()`` and ``await future.cancel()`` are supported.
    """

    def __init__(
        self,
        poll: Callable[[], Awaitable[T]],
        states: RunStates,
        *,
        cancel: Callable[[], Awaitable[object]] | None = None,
        polling_interval: float = 1.0,
        backoff: float = 1.5,
        max_interval: float = 30.0,
        start: object = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        """Start polling in a task."""
        import asyncio

        self._configure(
            states, polling_interval=polling_interval, backoff=backoff, max_interval=max_interval, start=start
        )
        self._poll = poll
        self._cancel_call = cancel
        self._sleep: Callable[[float], Awaitable[None]] = sleep or asyncio.sleep
        self._task: asyncio.Task[T] = asyncio.get_running_loop().create_task(self._run())

    async def _run(self) -> T:
        delay = self.polling_interval
        while True:
            await self._sleep(delay)
            status = await self._poll()
            if self._is_final(status):
                return status
            delay = self._next_delay(delay)

    def __await__(self) -> Generator[Any, None, T]:
        """Wait for the final status."""
        return self._task.__await__()

    async def result(self, timeout: float | None = None) -> T:
        """The final status; ``asyncio.TimeoutError`` after ``timeout`` seconds (polling goes on)."""
        import asyncio

        return await asyncio.wait_for(asyncio.shield(self._task), timeout)

    def done(self) -> bool:
        """Whether the run finished, failed or was cancelled."""
        return self._task.done()

    def cancelled(self) -> bool:
        """Whether the run was cancelled."""
        return self._task.cancelled()

    def add_done_callback(self, callback: Callable[[AsyncPollingFuture[T]], object]) -> None:
        """Call ``callback(self)`` when the run is done."""
        self._task.add_done_callback(lambda _: callback(self))

    async def cancel(self) -> bool:
        """Cancel the run: call the cancel operation (when declared) and stop polling."""
        import asyncio

        if self._task.done():
            return False
        if self._cancel_call is not None:
            await self._cancel_call()
        self._task.cancel()
        try:
            await self._task
        except asyncio.CancelledError:
            pass
        return True
