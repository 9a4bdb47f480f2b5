"""/departments and /department: add, rename, set the head (by reply, id or code), threshold."""

from __future__ import annotations

import re
from html import escape

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import Application, CommandHandler, ContextTypes, filters

from feedback.language import pick_language
from feedback.questions import THRESHOLDS
from storage import audit, departments
from storage.models import Department

from ..alert_view import department_name
from ..invitations import HEAD, VALID_FOR, invite
from ..people import meant
from ..roles import admin_only
from ..runtime import Runtime, runtime
from ..texts import t

_CODE = re.compile(r"^[a-z][a-z0-9_]{1,31}$")
_NAME_LIMIT = 100


@admin_only
async def list_departments(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/departments: each department with its head, threshold and topic."""
    rt, lang = runtime(context), pick_language(update.effective_user.language_code)
    async with rt.db.session() as session:
        everyone = await departments.all_departments(session)
    lines = [t("departments_title", lang)]
    for d in everyone:
        head = escape(d.head_name or str(d.head_user_id)) if d.head_user_id else t("department_no_head", lang)
        topic = t("department_topic", lang, topic=d.topic_id) if d.topic_id else ""
        lines.append(t("department_line", lang, code=d.code, name=escape(f"{d.name_ru} / {d.name_en}"),
                       head=head, threshold=d.threshold, topic=topic))
    await update.message.reply_text("\n".join(lines), parse_mode=ParseMode.HTML)


@admin_only
async def department(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/department add|rename|head|threshold CODE …"""
    rt, lang = runtime(context), pick_language(update.effective_user.language_code)
    args = context.args
    action = args[0].lower() if args else ""
    code = args[1].lower() if len(args) > 1 else ""
    rest = args[2:]
    handlers = {"add": _add, "rename": _rename, "head": _head, "threshold": _threshold}
    if action not in handlers or not code:
        await update.message.reply_text(t("department_usage", lang))
        return
    reply = await handlers[action](rt, update, lang, code, rest)
    await update.message.reply_text(reply)


async def _add(rt: Runtime, update: Update, lang: str, code: str, rest: list[str]) -> str:
    if not _CODE.match(code):
        return t("department_bad_code", lang)
    names = _names(rest)
    if names is None:
        return t("department_bad_name", lang, limit=_NAME_LIMIT) + "\n\n" + t("department_usage", lang)
    user = update.effective_user
    async with rt.db.session() as session:
        if await departments.by_code(session, code):
            return t("department_exists", lang, code=code)
        await departments.ensure_departments(session, {code: names}, rt.settings.low_score_threshold)
        await audit.record(session, at=rt.now(), user_id=user.id, user_name=user.full_name,
                           action="department added", subject=code, after=" / ".join(names))
        await session.commit()
    return t("department_added", lang, name=names[1] if lang == "en" else names[0])


async def _rename(rt: Runtime, update: Update, lang: str, code: str, rest: list[str]) -> str:
    names = _names(rest)
    if names is None:
        return t("department_bad_name", lang, limit=_NAME_LIMIT) + "\n\n" + t("department_usage", lang)
    user = update.effective_user
    async with rt.db.session() as session:
        found = await _find(session, code)
        if isinstance(found, str):
            return t("unknown_department", lang, code=code, codes=found)
        before = f"{found.name_ru} / {found.name_en}"
        found.name_ru, found.name_en = names
        await audit.record(session, at=rt.now(), user_id=user.id, user_name=user.full_name,
                           action="department renamed", subject=code, before=before,
                           after=" / ".join(names))
        await session.commit()
    return t("department_renamed", lang, code=code, name=names[1] if lang == "en" else names[0])


async def _head(rt: Runtime, update: Update, lang: str, code: str, rest: list[str]) -> str:
    user = update.effective_user
    async with rt.db.session() as session:
        found = await _find(session, code)
    if isinstance(found, str):
        return t("unknown_department", lang, code=code, codes=found)
    if [a.lower() for a in rest] == ["invite"]:
        invite_code, link = await invite(rt, HEAD + code, user)
        return t("invite_head", lang, department=department_name(found, lang), link=link, code=invite_code,
                 hours=int(VALID_FOR.total_seconds() // 3600))
    person = meant(update.message, rest)
    if person is None or person.is_bot:
        return t("department_usage", lang)
    async with rt.db.session() as session:
        found = await departments.by_code(session, code)
        before = f"{found.head_name or '—'} ({found.head_user_id or '—'})"
        known_name = None if person.name == str(person.user_id) else person.name
        await departments.change(session, found, head_user_id=person.user_id, head_name=known_name)
        await audit.record(session, at=rt.now(), user_id=user.id, user_name=user.full_name,
                           action="department head", subject=code, before=before,
                           after=f"{person.name} ({person.user_id})")
        await session.commit()
    return t("department_head_set", lang, person=person.name, name=department_name(found, lang))


async def _threshold(rt: Runtime, update: Update, lang: str, code: str, rest: list[str]) -> str:
    if len(rest) != 1 or not rest[0].isdigit() or int(rest[0]) not in THRESHOLDS:
        return t("department_bad_threshold", lang) + "\n\n" + t("department_usage", lang)
    user = update.effective_user
    async with rt.db.session() as session:
        found = await _find(session, code)
        if isinstance(found, str):
            return t("unknown_department", lang, code=code, codes=found)
        before = found.threshold
        await departments.change(session, found, threshold=int(rest[0]))
        await audit.record(session, at=rt.now(), user_id=user.id, user_name=user.full_name,
                           action="department threshold", subject=code, before=str(before),
                           after=rest[0])
        await session.commit()
    return t("department_threshold_set", lang, name=department_name(found, lang), threshold=rest[0])


async def _find(session, code: str) -> Department | str:
    """The department, or the known codes to show when there is none."""
    found = await departments.by_code(session, code)
    if found is not None:
        return found
    return ", ".join(d.code for d in await departments.all_departments(session))


def _names(words: list[str]) -> tuple[str, str] | None:
    """"Название | English name" → (ru, en); the English name defaults to the Russian one."""
    ru, _, en = " ".join(words).partition("|")
    ru, en = ru.strip(), en.strip() or ru.strip()
    if not ru or len(ru) > _NAME_LIMIT or len(en) > _NAME_LIMIT:
        return None
    return ru, en


def register(app: Application) -> None:
    messages = filters.UpdateType.MESSAGE
    app.add_handler(CommandHandler("departments", list_departments, filters=messages))
    app.add_handler(CommandHandler("department", department, filters=messages))
