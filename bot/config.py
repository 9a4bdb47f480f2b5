"""Settings admins change in chat: which ones, how they read and show, and applying them.

The environment gives the defaults; a value set in chat is stored in the database and wins until
reset. Each process applies the stored values on start, after its own changes, and on the
scheduler's config tick (so several instances agree within a tick).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import ValidationError

from feedback.durations import format_duration
from feedback.window import SendWindow
from feedback.working_hours import WorkingHours
from storage import audit, config

from .runtime import Runtime
from .settings import Settings, describe_error

log = logging.getLogger("tzk.config")


@dataclass(frozen=True)
class ChatSetting:
    field: str  # the Settings attribute it changes
    ru: str  # what it means
    en: str
    form_ru: str = ""  # the values it takes, for a reply to a bad one
    form_en: str = ""

    def meaning(self, lang: str) -> str:
        return self.en if lang == "en" else self.ru

    def form(self, lang: str) -> str:
        return self.form_en if lang == "en" else self.form_ru


_DURATION = ("число с d, h или m, например {example}, 36h, 1d12h",
             "a number with d, h or m, e.g. {example}, 36h, 1d12h")

# The name an admin types → what it changes. The order is the order /settings shows them in.
CHAT_SETTINGS: dict[str, ChatSetting] = {
    "delay": ChatSetting("survey_delay", "через сколько после поставки идёт опрос",
                         "how long after a delivery the survey goes out",
                         *(form.format(example="3d") for form in _DURATION)),
    "window": ChatSetting("send_window", "часы, в которые можно писать клиентам",
                          "the hours clients may be written to",
                          "ЧЧ:ММ-ЧЧ:ММ, например 10:00-20:00 (00:00-24:00 — в любое время)",
                          "HH:MM-HH:MM, e.g. 10:00-20:00 (00:00-24:00 for any time)"),
    "timezone": ChatSetting("time_zone", "часовой пояс окна и дат",
                            "the time zone of the window and of dates",
                            "пояс IANA, например Europe/Moscow, Asia/Yekaterinburg",
                            "an IANA zone, e.g. Europe/Moscow, Asia/Yekaterinburg"),
    "expiry": ChatSetting("survey_expiry", "через сколько неотвеченный опрос закрывается",
                          "when an unanswered survey closes",
                          *(form.format(example="7d") for form in _DURATION)),
    "language": ChatSetting("staff_language", "язык сообщений в чате сотрудников",
                            "the staff chat's language", "ru или en", "ru or en"),
    "digest": ChatSetting("digest", "еженедельная сводка в чат сотрудников",
                          "the weekly digest in the staff chat",
                          "день и время, например mon 09:00 — или off",
                          "a day and time, e.g. mon 09:00 — or off"),
    "workhours": ChatSetting("working_hours", "рабочие дни и часы сотрудников (для эскалаций)",
                             "the staff's working days and hours (for escalations)",
                             "дни и часы, например пн-пт 09:00-18:00 или mon-sat 10:00-19:00",
                             "days and hours, e.g. mon-fri 09:00-18:00 or mon-sat 10:00-19:00"),
    "escalate": ChatSetting("escalation_after", "через сколько рабочего времени невзятый сигнал "
                            "напоминается руководителю и администраторам (0 — никогда)",
                            "working time after which an alert nobody took is raised again to "
                            "the head and the admins (0: never)",
                            *(form.format(example="4h") for form in _DURATION)),
    "escalations": ChatSetting("escalation_limit", "сколько раз напоминать о невзятом сигнале",
                               "how many times an alert nobody took is raised again",
                               "целое число от 0 до 10", "a whole number from 0 to 10"),
    "remind": ChatSetting("reminder_after", "через сколько клиенту, не ответившему на опрос, "
                          "приходит напоминание", "when a client who has not answered gets "
                          "a reminder", "не меньше 1m, например 24h (выключить напоминания: "
                          "/set reminders 0)", "at least 1m, e.g. 24h (to turn reminders off: "
                          "/set reminders 0)"),
    "reminders": ChatSetting("reminder_count", "сколько напоминаний (0 — не напоминать)",
                             "how many reminders (0: none)", "целое число от 0 до 5",
                             "a whole number from 0 to 5"),
    "throttle": ChatSetting("throttle_days", "не опрашивать клиента чаще, чем раз в столько "
                            "дней (0 — без ограничения)", "survey a client at most once in this "
                            "many days (0: no limit)", "целое число дней от 0 до 365",
                            "a whole number of days from 0 to 365"),
}


def shown(value: Any) -> str:
    """A setting's value as people write it (and as it is stored)."""
    if isinstance(value, timedelta):
        return format_duration(value)
    if isinstance(value, ZoneInfo):
        return value.key
    if isinstance(value, SendWindow | WorkingHours):
        return str(value)
    return "—" if value is None else str(value)


def with_value(settings: Settings, field: str, raw: str) -> Settings:
    """`settings` with `field` read from `raw`; ValueError says what is wrong and the form."""
    data = settings.model_dump()
    data[field] = raw
    try:
        return Settings.model_validate(data)
    except ValidationError as error:
        raise ValueError(describe_error(error)) from None


def effective(defaults: Settings, stored: dict[str, str]) -> Settings:
    """The defaults with every stored value that still reads applied (others are logged)."""
    settings = defaults
    for field, raw in stored.items():
        try:
            settings = with_value(settings, field, raw)
        except ValueError as error:
            log.warning("the stored value of %s is ignored: %s", field, error)
    return settings


async def refresh(rt: Runtime) -> None:
    """Apply what is stored now."""
    async with rt.db.session() as session:
        stored = await config.overrides(session)
    rt.settings = effective(rt.defaults, stored)


async def change(rt: Runtime, field: str, raw: str | None, user_id: int | None,
                 user_name: str) -> tuple[str, str]:
    """Set `field` from `raw` (None: back to the environment's value), audited; (before, after)
    as shown. ValueError, with nothing changed, when `raw` does not read."""
    before = shown(getattr(rt.settings, field))
    async with rt.db.session() as session:
        stored = await config.overrides(session)
        if raw is None:
            stored.pop(field, None)
        else:
            stored[field] = shown(getattr(with_value(rt.settings, field, raw), field))
        updated = effective(rt.defaults, stored)
        after = shown(getattr(updated, field))
        await config.put(session, field, stored.get(field), user_id, rt.now())
        await audit.record(session, at=rt.now(), user_id=user_id, user_name=user_name,
                           action="setting", subject=field, before=before, after=after)
        await session.commit()
    rt.settings = updated
    return before, after
