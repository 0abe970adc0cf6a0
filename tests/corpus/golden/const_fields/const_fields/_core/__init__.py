"""The runtime of every generated SDK, copied into each one as its private ``<pkg>/_core/`` package.

HTTP clients with one retry loop (`http_client`), the one request object (`_request`), the one value
encoder (`_encode`), typed errors and the status table (`errors`), raw responses (`raw_response`),
auth flows (`auth`), redaction and logging; pagers (`pagination`), pollers (`polling`), event streams
(`_streaming`) and response metadata (`response_metadata`) only where the SDK uses them
(`generator/runtime_manifest.py` decides).
Only the standard library, httpx and attrs are used, and every import inside the package is relative.
This module imports nothing, so each SDK loads only the modules it needs, when it needs them.
"""
