"""`tzk demo`: the whole loop on a local Telegram sandbox, printed as people would read it."""

from __future__ import annotations

import tempfile
from pathlib import Path

import click

from feedback.intake import DeliveryIn
from sandbox import SandboxClient, SandboxServer
from storage.db import Database

from .intake import add_delivery, describe
from .lifecycle import running
from .logs import setup_logging
from .runtime import Runtime
from .settings import Settings

WAIT = 20.0  # seconds any single step may take before the demo gives up


def _say(text: str) -> None:
    click.echo(click.style(f"▶ {text}", bold=True))


async def run_demo() -> int:
    """Run the demo; 0 when every step happened."""
    with tempfile.TemporaryDirectory(prefix="tzk-demo-") as folder, SandboxServer() as server:
        async with SandboxClient(server.url) as sc:
            try:
                await _story(sc, server.api_url, Path(folder))
            except Exception as error:  # the demo reports any failure in words and exits 1
                click.echo(f"Демо не завершилось / The demo did not finish: "
                           f"{type(error).__name__}: {error}", err=True)
                return 1
    return 0


async def _story(sc: SandboxClient, api_url: str, folder: Path) -> None:
    sb = await sc.create_bot(username="tzk_demo_bot", first_name="ТЗК")
    admin = await sb.user("Ольга", last_name="Админова")
    heads = {code: await sb.user(first, last_name=last) for code, (first, last) in {
        "sales": ("Сергей", "Продажин"), "logistics": ("Пётр", "Логистов"),
        "quality": ("Ксения", "Качеева")}.items()}
    staff = await sb.group("ТЗК · руководители", members=[admin.id, *(h.id for h in heads.values())],
                           admin=True)
    settings = Settings(
        _env_file=None, bot_token=sb.token, telegram_api_url=api_url,
        database_url=f"sqlite+aiosqlite:///{folder / 'demo.sqlite3'}",
        staff_chat_id=staff.id, admin_ids=[admin.id],
        department_heads={code: user.id for code, user in heads.items()},
        survey_delay="3s", send_window="00:00-24:00", dispatch_interval="1s", log_level="WARNING",
    )
    setup_logging(settings.log_level, [sb.token])
    rt = Runtime(settings=settings, db=Database(settings.database_url))
    async with running(rt, poll_timeout=1):
        _say("Записываем две поставки / Recording two deliveries (survey delay: 3 s)")
        first = await add_delivery(rt, DeliveryIn(
            delivery_id="D-5001", client_id="C-101", client_name="ООО «Стройбаза»",
            manager="Анна Смирнова", phone="+79161234567", delivered_at=rt.now()), "demo")
        second = await add_delivery(rt, DeliveryIn(
            delivery_id="D-5002", client_id="C-102", client_name="ИП Кузнецов",
            manager="Игорь Волков", delivered_at=rt.now()), "demo")
        for recorded in (first, second):
            click.echo(describe(rt, recorded, rt.bot_username) + "\n")

        irina = await sb.user("Ирина", last_name="Котова", language_code="ru")
        boris = await sb.user("Борис", last_name="Кузнецов", language_code="ru")
        _say("Клиенты открывают свои ссылки / The clients open their links")
        for user, recorded in ((irina, first), (boris, second)):
            await sb.start(user.id, recorded.client.link_token)
            await sb.wait_for_message(user.id, contains="Здравствуйте", timeout=WAIT)

        _say("Ждём опрос: через 3 секунды после поставки / Waiting for the survey (3 s)")
        await sb.wait_for_message(irina.id, contains="Вопрос 1 из 4", timeout=WAIT)
        _say("Ирина отвечает хорошо / Irina answers well")
        for button in ("5", "5", "4", "Да"):
            await sb.tap_and_see(irina.id, button, timeout=WAIT)
        await sb.wait_for_message(irina.id, contains="Спасибо за ответы", timeout=WAIT)

        await sb.wait_for_message(boris.id, contains="Вопрос 1 из 4", timeout=WAIT)
        _say("Борис ставит логистике 2 и пишет, что пошло не так / Boris gives logistics a 2")
        await sb.tap_and_see(boris.id, "4", timeout=WAIT)
        await sb.tap_and_see(boris.id, "2", timeout=WAIT)
        await sb.send(boris.id, "Машина приехала на четыре часа позже и без звонка")
        await sb.wait_for_message(boris.id, contains="Вопрос 3 из 4", timeout=WAIT)
        await sb.tap_and_see(boris.id, "5", timeout=WAIT)
        await sb.tap_and_see(boris.id, "Пока не знаю", timeout=WAIT)
        await sb.wait_for_message(boris.id, contains="Спасибо за ответы", timeout=WAIT)
        ping = await sb.wait_for_message(staff.id, contains="четыре часа позже", timeout=WAIT)

        petr = heads["logistics"]
        _say("Пётр берёт обращение и отвечает Борису через бота / Pyotr takes it and writes back")
        await sb.tap(petr.id, "Взять в работу", chat_id=staff.id)
        await sb.wait_for_message(staff.id, contains="В работе", timeout=WAIT)
        await sb.send(petr.id, "Борис, простите за опоздание. Следующую поставку привезём к 9:00, "
                      "водитель позвонит заранее.", chat_id=staff.id, reply_to=ping.message_id)
        await sb.wait_for_message(boris.id, contains="службы качества", timeout=WAIT)
        await sb.send(boris.id, "Хорошо, спасибо!")
        await sb.wait_for_message(staff.id, contains="Хорошо, спасибо!", timeout=WAIT)
        _say("…и закрывает его с пометкой / …and resolves it with a note")
        await sb.tap(petr.id, "Решено", chat_id=staff.id)
        question = await sb.wait_for_message(staff.id, contains="как решили?", timeout=WAIT)
        await sb.send(petr.id, "Извинились, следующая поставка — к 9:00", chat_id=staff.id,
                      reply_to=question.message_id)
        await sb.wait_for_message(staff.id, contains="Решено: Пётр", timeout=WAIT)
        await sb.idle()

        for chat in (irina.id, boris.id, staff.id):
            click.echo("\n" + await sb.transcript(chat))
    await rt.db.dispose()
    _say("Готово / Done")
