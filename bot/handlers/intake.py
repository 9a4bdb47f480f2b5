"""Admins recording a delivery from Telegram: /delivery."""

from __future__ import annotations

import shlex

from pydantic import ValidationError
from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes, filters

from feedback.intake import DeliveryIn, parse_when
from feedback.language import pick_language

from ..intake import add_delivery, bot_username, describe
from ..roles import admin_only
from ..runtime import Runtime, runtime
from ..texts import t

_KEYS = {"phone": "phone", "manager": "manager", "at": "delivered_at", "id": "delivery_id",
         "order": "order_ref"}


class UsageError(ValueError):
    """The command's words do not make a delivery; the message says why."""


def parse_delivery_args(text: str, rt: Runtime) -> DeliveryIn:
    """`C-17 "ООО Ромашка" phone=… manager=… at=…` → DeliveryIn, or UsageError."""
    try:
        words = shlex.split(text)
    except ValueError as error:
        raise UsageError(str(error)) from None
    positional = [w for w in words if "=" not in w]
    pairs = dict(w.split("=", 1) for w in words if "=" in w)
    unknown = sorted(set(pairs) - set(_KEYS))
    if unknown or len(positional) < 2:
        raise UsageError(f"unknown {', '.join(unknown)}" if unknown else "client id and name needed")
    fields = {_KEYS[k]: v for k, v in pairs.items()}
    try:
        when = parse_when(fields.pop("delivered_at", ""), rt.settings.time_zone) \
            if "delivered_at" in fields else rt.now()
        return DeliveryIn(client_id=positional[0], client_name=" ".join(positional[1:]),
                          delivered_at=when, **fields)
    except ValidationError as error:
        first = error.errors()[0]
        raise UsageError(f"{'.'.join(map(str, first['loc']))}: {first['msg']}") from None
    except ValueError as error:
        raise UsageError(f"at: {error}") from None


@admin_only
async def delivery(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/delivery …: record a delivery and show the planned survey time and the client's link."""
    rt, user = runtime(context), update.effective_user
    lang = pick_language(user.language_code)
    text = update.message.text.partition(" ")[2]
    if not text.strip():
        await update.message.reply_text(t("delivery_usage", lang))
        return
    try:
        data = parse_delivery_args(text, rt)
    except UsageError as error:
        await update.message.reply_text(
            t("delivery_bad", lang, reason=str(error)) + "\n\n" + t("delivery_usage", lang))
        return
    recorded = await add_delivery(rt, data, source="chat")
    await update.message.reply_text(describe(rt, recorded, await bot_username(rt)))


def register(app: Application) -> None:
    app.add_handler(CommandHandler("delivery", delivery, filters=filters.UpdateType.MESSAGE))
