"""The intake API on: the installation listens on a free port; `api` talks to it over HTTP."""

from __future__ import annotations

import httpx
import pytest
import pytest_asyncio

TOKEN = "test-token-0123456789abcdef"


@pytest.fixture
def tzk_settings() -> dict:
    return {"api_token": TOKEN, "api_port": 0, "api_max_body": 64 * 1024}


@pytest_asyncio.fixture
async def api(tzk):
    """An HTTP client of the running API, sending the right token."""
    async with httpx.AsyncClient(base_url=tzk.live.api.url, timeout=10,
                                 headers={"Authorization": f"Bearer {TOKEN}"}) as client:
        yield client
