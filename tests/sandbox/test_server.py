"""SandboxServer itself: a real port, standalone use, a clean stop."""

from __future__ import annotations

import threading
import time

import httpx
import pytest

from sandbox import SandboxClient, SandboxError, SandboxServer


def test_a_server_on_port_0_reports_its_real_port_and_stops_promptly() -> None:
    token = "424242:" + "A" * 35
    results: list[httpx.Response] = []
    with SandboxServer(port=0) as server:
        assert server.port > 0 and server.url == f"http://127.0.0.1:{server.port}"
        assert server.api_url == server.url + "/bot"
        poll = threading.Thread(
            target=lambda: results.append(
                httpx.get(f"{server.api_url}{token}/getUpdates", params={"timeout": 30}, timeout=40)
            )
        )
        poll.start()
        time.sleep(0.3)
        stopping = time.monotonic()
    poll.join(10)
    assert time.monotonic() - stopping < 5
    assert results and results[0].json() == {"ok": True, "result": []}  # the waiting poll was released


async def test_the_control_side_explains_bad_input(sc: SandboxClient) -> None:
    bot = await sc.create_bot(username="tzk_explain_bot", first_name="ТЗК")
    assert (bot.username, bot.first_name) == ("tzk_explain_bot", "ТЗК")
    twin = await sc.create_bot(username="tzk_explain_bot")  # each test may make "the" bot afresh
    assert twin.id != bot.id and twin.token != bot.token
    with pytest.raises(SandboxError, match="ends in 'bot'"):
        await sc.create_bot(username="tzk_explain")
    with pytest.raises(SandboxError, match="no user 999") as unknown:
        await bot.send(999, "привет")
    assert unknown.value.status == 404
    with pytest.raises(SandboxError, match="unknown field"):
        await bot.client.request("POST", f"/bots/{bot.id}/users", json={"first_name": "A", "nick": "b"})
    with pytest.raises(SandboxError, match="no bot 1"):
        await sc.request("GET", "/bots/1/chats")
    assert (await sc.get_bot(bot.token)).id == bot.id
