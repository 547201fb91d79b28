"""Rich views of ranked stories: the `stories` table and the live `watch` panel."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text

from newsprism.ranking import RankedStory
from newsprism.store.database import Store
from newsprism.watching import FeedPoll


def stories_table(stories: list[RankedStory], since: str | None = None) -> Table:
    """Return a table of ranked stories with their size (articles), outlets, recent articles and time span.

    The numbers and the time span never wrap; the outlets and the title share what width is left,
    the title the larger part, so the table stays readable in an 80-column terminal.
    """
    table = Table()
    table.add_column("story", no_wrap=True, justify="right")
    table.add_column("size", no_wrap=True, justify="right")
    table.add_column(f"in {since}" if since else "recent", no_wrap=True, justify="right")
    table.add_column("outlets", ratio=1, min_width=8, overflow="fold")
    table.add_column("when", no_wrap=True)
    table.add_column("title", ratio=2, min_width=14)
    for story in stories:
        table.add_row(str(story.id), str(story.size), str(story.recent), ", ".join(story.outlets),
                      time_span(story.first_published, story.last_published), story.title)
    return table


def time_span(first: str | None, last: str | None) -> str:
    """Return a story's time span from two ISO times on two short lines (`2019-06-06` / `08:00–19:48`)."""
    if not first or not last:
        return (first or last or "")[:16].replace("T", "\n")
    first_day, first_time = first[:10], first[11:16]
    last_day, last_time = last[:10], last[11:16]
    if first_day == last_day:
        return f"{first_day}\n{first_time}–{last_time}" if first_time != last_time else f"{first_day}\n{first_time}"
    if first[:4] == last[:4]:
        return f"{first_day[5:]} {first_time} –\n{last_day[5:]} {last_time}"
    return f"{first_day} –\n{last_day}"


def watch_view(store: Store, polls: list[FeedPoll], growing: list[RankedStory]) -> Group:
    """Return the live watch panel: the last poll of each feed and the stories that grew."""
    feeds = Table("feed", "status", "new entries", "added", title="last poll")
    for poll in polls:
        status = poll.error or ("not modified" if poll.status == 304 else str(poll.status))
        feeds.add_row(poll.url, status, str(poll.new_entries), str(poll.added))
    grew = {story_id for poll in polls for story_id in poll.story_ids}
    shown = [s for s in growing if s.id in grew] or growing
    header = Text(f"{store.count_articles()} articles stored; stories that grew in the last poll:")
    return Group(feeds, header, stories_table(shown, "24h"))
