"""The Bot API surface: tokens, method names, the ways parameters arrive, Telegram's reply format."""

from __future__ import annotations

import secrets

import httpx
import telegram

from sandbox import SandboxBot, SandboxServer

from .helpers import Updates, ptb_bot, started_user


async def test_get_me_describes_the_bot(bot: telegram.Bot, world: SandboxBot) -> None:
    me = await bot.get_me()
    assert (me.id, me.username, me.is_bot) == (world.id, world.username, True)
    assert me.can_read_all_group_messages is False  # privacy mode is on by default


async def test_any_well_formed_token_opens_its_own_world(server: SandboxServer) -> None:
    bot_id = secrets.randbelow(10**6) + 10**6
    async with ptb_bot(f"{bot_id}:{secrets.token_urlsafe(30)}", server.api_url) as bot:
        me = await bot.get_me()
    assert (me.id, me.username, me.first_name) == (bot_id, f"sandbox_{bot_id}_bot", "Sandbox bot")


async def test_malformed_token_unknown_method_and_wrong_secret(
    server: SandboxServer, world: SandboxBot
) -> None:
    async with httpx.AsyncClient(base_url=server.url) as http:
        malformed = await http.get("/bot123:short/getMe")
        unknown = await http.post(f"/bot{world.token}/sendTelepathy")
        stolen = await http.get(f"/bot{world.id}:{'X' * 35}/getMe")
    assert malformed.status_code == 404
    assert malformed.json() == {"ok": False, "error_code": 404, "description": "Not Found"}
    assert unknown.status_code == 404
    assert unknown.json()["description"] == "Not Found: method not found"
    assert (stolen.status_code, stolen.json()["description"]) == (401, "Unauthorized")


async def test_parameters_as_query_json_or_form_and_names_in_any_case(
    server: SandboxServer, world: SandboxBot, updates: Updates
) -> None:
    user = await started_user(world, updates)
    api = f"/bot{world.token}"
    async with httpx.AsyncClient(base_url=server.url) as http:
        by_query = await http.get(f"{api}/SENDMESSAGE", params={"chat_id": str(user.id), "text": "query"})
        by_json = await http.post(f"{api}/sendmessage", json={"chat_id": str(user.id), "text": "json"})
        by_form = await http.post(
            f"{api}/sendMessage",
            data={
                "chat_id": str(user.id),
                "text": "form",
                "reply_markup": '{"inline_keyboard": [[{"text": "ok", "callback_data": "1"}]]}',
            },
        )
    assert [r.json()["result"]["text"] for r in (by_query, by_json, by_form)] == ["query", "json", "form"]
    assert by_form.json()["result"]["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "1"
    calls = await world.calls(method="sendMessage")
    assert [c.params["chat_id"] for c in calls] == [user.id] * 3  # numbers as strings are coerced


async def test_errors_come_in_telegrams_format_with_the_same_status(
    server: SandboxServer, world: SandboxBot
) -> None:
    async with httpx.AsyncClient(base_url=server.url) as http:
        response = await http.post(f"/bot{world.token}/sendMessage", json={"chat_id": 42, "text": "hi"})
    assert response.status_code == 400
    assert response.json() == {"ok": False, "error_code": 400, "description": "Bad Request: chat not found"}


async def test_commands_are_stored_per_scope_and_language(bot: telegram.Bot, world: SandboxBot) -> None:
    await bot.set_my_commands([("start", "Начать"), ("stop", "Отписаться")], language_code="ru")
    await bot.set_my_commands([("start", "Start")])
    ru = await bot.get_my_commands(language_code="ru")
    assert [c.command for c in ru] == ["start", "stop"]
    assert [c.description for c in await bot.get_my_commands()] == ["Start"]
    stored = await world.commands()
    assert {(s["scope"]["type"], s["language_code"]) for s in stored} == {("default", "ru"), ("default", "")}
    await bot.delete_my_commands(language_code="ru")
    assert await bot.get_my_commands(language_code="ru") == ()
