"""The HTTP clients every generated method sends its `ApiRequest` through.

`AsyncHttpClient` (`_async_client.py`) is written by hand; `SyncHttpClient` (`_sync_client.py`) is
generated from it; what they share is in `_base_client.py`.
"""

from ._async_client import AsyncHttpClient
from ._base_client import DEFAULT_TIMEOUT
from ._sync_client import SyncHttpClient

__all__ = ["DEFAULT_TIMEOUT", "AsyncHttpClient", "SyncHttpClient"]
