"""Sharing a phone number: the reply keyboard's request_contact button, or a forwarded contact."""

from __future__ import annotations

import telegram
from telegram import KeyboardButton, ReplyKeyboardMarkup, ReplyKeyboardRemove

from sandbox import SandboxBot

from .helpers import Updates, started_user


async def test_sharing_ones_own_contact_after_the_bot_asks(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    ivan = await started_user(world, updates, phone_number="+79991234567")
    keyboard = ReplyKeyboardMarkup(
        [[KeyboardButton("📱 Поделиться телефоном", request_contact=True)]], one_time_keyboard=True
    )
    await bot.send_message(ivan.id, "Поделитесь телефоном", reply_markup=keyboard)
    assert (await world.chat(ivan)).chat["reply_keyboard"]["keyboard"][0][0]["request_contact"] is True
    await world.share_contact(ivan)
    contact = (await updates.one()).message.contact
    assert (contact.phone_number, contact.user_id, contact.first_name) == ("+79991234567", ivan.id, "Иван")
    assert (await world.chat(ivan)).chat["reply_keyboard"] is None  # one-time keyboard hides after use
    await bot.send_message(ivan.id, "Спасибо", reply_markup=ReplyKeyboardRemove())
    text = await world.transcript(ivan)
    assert "⌨ [ 📱 Поделиться телефоном ]" in text and "📱 shared a contact (own): +79991234567" in text


async def test_a_contact_of_someone_else_is_a_first_message_too(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    ivan = await world.user("Иван")
    await world.share_contact(ivan, "+79990000000", contact_user_id=555, first_name="Бухгалтер")
    contact = (await updates.one()).message.contact
    assert (contact.user_id, contact.first_name) == (555, "Бухгалтер")
    await bot.send_message(ivan.id, "Контакт получен")  # sharing counts as having started the bot
