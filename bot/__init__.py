"""The Telegram face of ТЗК: the PTB application, its handlers, texts and the `tzk` command."""
