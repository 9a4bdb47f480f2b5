"""Per-chat ordering of updates: one chat in order, other chats alongside."""

import asyncio

from telegram import Chat, Message, Update

from bot.update_order import PerChatOrder


def _update(update_id: int, chat_id: int) -> Update:
    message = Message(update_id, date=None, chat=Chat(chat_id, Chat.PRIVATE))
    return Update(update_id, message=message)


async def test_updates_of_one_chat_never_overlap_and_keep_their_order():
    order, running, log = PerChatOrder(16), set(), []

    async def work(name: str, pause: float) -> None:
        assert "chat1" not in running, f"{name} overlapped another update of the chat"
        running.add("chat1")
        await asyncio.sleep(pause)
        log.append(name)
        running.discard("chat1")

    await asyncio.gather(*(order.do_process_update(_update(n, 1), work(f"u{n}", 0.01 * (5 - n)))
                           for n in range(5)))

    assert log == ["u0", "u1", "u2", "u3", "u4"]
    assert order._turns == {}


async def test_a_busy_chat_does_not_hold_up_another():
    order, done = PerChatOrder(2), []

    async def slow() -> None:
        await asyncio.sleep(0.02)

    async def quick() -> None:
        done.append("other chat")

    busy = [asyncio.create_task(order.do_process_update(_update(n, 1), slow())) for n in range(20)]
    await asyncio.sleep(0.01)
    await asyncio.wait_for(order.do_process_update(_update(99, 2), quick()), timeout=0.5)
    assert done == ["other chat"]
    await asyncio.gather(*busy)


async def test_an_update_arriving_while_a_woken_one_runs_still_waits_its_turn():
    order, running, overlaps = PerChatOrder(16), [], []

    async def work(name: str) -> None:
        if running:
            overlaps.append((name, list(running)))
        running.append(name)
        await asyncio.sleep(0.05)
        running.remove(name)

    first = asyncio.create_task(order.do_process_update(_update(1, 1), work("A")))
    await asyncio.sleep(0.01)
    second = asyncio.create_task(order.do_process_update(_update(2, 1), work("B")))
    await asyncio.sleep(0.06)  # A is done, B was woken and runs now
    third = asyncio.create_task(order.do_process_update(_update(3, 1), work("C")))
    await asyncio.gather(first, second, third)
    assert overlaps == []
