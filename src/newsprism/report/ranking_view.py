"""Rich views of ranked stories: the `stories` table and the live `watch` panel."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text

from newsprism.ranking import RankedStory
from newsprism.store.database import Store
from newsprism.watching import FeedPoll


def stories_table(stories: list[RankedStory], since: str | None = None) -> Table:
    """Return a table of ranked stories with their size, outlets, recent articles and time span."""
    table = Table("story", "articles", f"in {since}" if since else "recent", "outlets", "first", "last", "title")
    for story in stories:
        table.add_row(str(story.id), str(story.size), str(story.recent), ", ".join(story.outlets),
                      (story.first_published or "")[:16], (story.last_published or "")[:16], story.title)
    return table


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
