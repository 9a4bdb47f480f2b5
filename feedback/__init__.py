"""The rules of ТЗК: pure functions and types, no Telegram, no SQL, no clock reads."""
