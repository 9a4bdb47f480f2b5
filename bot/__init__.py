"""The Telegram face of ТЗК: the PTB application, its handlers, texts and the `tzk` command."""

import os

# python-telegram-bot 22 is moving durations (e.g. RetryAfter.retry_after) from seconds to
# timedelta; this is its documented opt-in to the new form, which our code expects.
os.environ.setdefault("PTB_TIMEDELTA", "1")
