"""The one way newsprism reaches the network: a fetcher tests replace with a fake."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import httpx

from newsprism.config import float_setting, int_setting, setting
from newsprism.errors import FetchFailed, TooLarge


@dataclass
class FetchResponse:
    """What a download returned."""

    url: str
    status: int
    content: bytes
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        """Return True for a 304 answer to a conditional request."""
        return self.status == 304


class Fetcher(Protocol):
    """Anything that downloads a URL (the real HTTP client or a test fake)."""

    def fetch(self, url: str, *, etag: str | None = None,
              last_modified: str | None = None) -> FetchResponse:
        """Return the response for `url`, raising FetchFailed or TooLarge."""
        ...


class HttpFetcher:
    """Download over HTTP(S) with timeouts, a size cap and conditional requests."""

    def __init__(self, timeout: float | None = None, max_bytes: int | None = None,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.timeout = timeout if timeout is not None else float_setting("fetch_timeout")
        self.max_bytes = max_bytes if max_bytes is not None else int_setting("max_input_bytes")
        self._client = httpx.Client(
            timeout=httpx.Timeout(self.timeout, connect=min(self.timeout, 10.0)),
            follow_redirects=True, max_redirects=5, transport=transport,
            headers={"User-Agent": str(setting("user_agent"))},
        )

    def fetch(self, url: str, *, etag: str | None = None,
              last_modified: str | None = None) -> FetchResponse:
        """Return the response for `url`; raise FetchFailed when it cannot be had."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                if response.status_code == 304:
                    return FetchResponse(url, 304, b"", etag=etag, last_modified=last_modified)
                if response.status_code >= 400:
                    raise FetchFailed(url, f"the server answered HTTP {response.status_code}")
                declared = int(response.headers.get("content-length") or 0)
                if declared > self.max_bytes:
                    raise TooLarge(url, f"{declared:,} bytes is over the {self.max_bytes:,}-byte cap")
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TooLarge(url, f"more than the {self.max_bytes:,}-byte cap")
                    chunks.append(chunk)
                return FetchResponse(
                    str(response.url), response.status_code, b"".join(chunks),
                    response.headers.get("content-type", ""),
                    response.headers.get("etag"), response.headers.get("last-modified"),
                )
        except httpx.TimeoutException as exc:
            raise FetchFailed(url, f"timed out after {self.timeout:g} s") from exc
        except httpx.ConnectError as exc:
            raise FetchFailed(url, f"cannot connect (offline or host unknown): {exc}") from exc
        except httpx.HTTPError as exc:
            raise FetchFailed(url, f"download failed: {exc}") from exc
