"""Admins recording a delivery from Telegram: /delivery."""

from __future__ import annotations

import shlex

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes, filters

from feedback.intake import DeliveryIn, FieldRefused, delivery_from
from feedback.language import pick_language

from ..intake import add_delivery, bot_username, describe
from ..roles import admin_only
from ..runtime import Runtime, runtime
from ..texts import reason, t

_KEYS = {"phone": "phone", "manager": "manager", "at": "delivered_at", "id": "delivery_id",
         "order": "order_ref"}
_WORDS = {field: word for word, field in _KEYS.items()} | {"client_id": "CLIENT_ID", "client_name": "Name"}


class UsageError(ValueError):
    """The command's words do not make a delivery; `key` and `values` say why."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key, self.values = key, values


def parse_delivery_args(text: str, rt: Runtime) -> DeliveryIn:
    """`C-17 "ООО Ромашка" phone=… manager=… at=…` → DeliveryIn, or UsageError."""
    try:
        words = shlex.split(text)
    except ValueError:
        raise UsageError("delivery_quotes") from None
    positional = [w for w in words if "=" not in w]
    pairs = dict(w.split("=", 1) for w in words if "=" in w)
    unknown = sorted(set(pairs) - set(_KEYS))
    if unknown:
        raise UsageError("delivery_unknown_keys", keys=", ".join(unknown))
    if len(positional) < 2:
        raise UsageError("delivery_need_client")
    fields = {_KEYS[k]: v for k, v in pairs.items()}
    fields.update(client_id=positional[0], client_name=" ".join(positional[1:]))
    try:
        return delivery_from(fields, rt.settings.time_zone, rt.now())
    except FieldRefused as error:
        raise UsageError("delivery_bad_field", field=_WORDS.get(error.field, error.field),
                         problem=error.problem) from None


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
        values = dict(error.values)
        if "problem" in values:
            values["problem"] = reason(values["problem"], lang)
        await update.message.reply_text(t("delivery_bad", lang, reason=t(error.key, lang, **values))
                                        + "\n\n" + t("delivery_usage", lang))
        return
    recorded = await add_delivery(rt, data, source="chat")
    await update.message.reply_text(describe(rt, recorded, await bot_username(rt)))


def register(app: Application) -> None:
    app.add_handler(CommandHandler("delivery", delivery, filters=filters.UpdateType.MESSAGE))
