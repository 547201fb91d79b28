"""The `stories --since --sort` and `watch` commands, end to end on a local feed file."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from newsprism.cli import main

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Nieuws</title>
<item><guid>n1</guid><title>Grote brand in loods Veendam</title>
<description>In een loods aan de Industrieweg in Veendam is een grote brand uitgebroken.</description>
<pubDate>Mon, 10 Mar 2031 07:10:00 +0100</pubDate></item>
<item><guid>n2</guid><title>Brand in Veendam onder controle</title>
<description>De brand in de loods aan de Industrieweg in Veendam is onder controle.</description>
<pubDate>Mon, 10 Mar 2031 09:10:00 +0100</pubDate></item>
</channel></rss>"""


def test_watch_a_feed_file_then_rank(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(FEED, encoding="utf-8")
    db = str(tmp_path / "news.db")
    runner = CliRunner()
    first = runner.invoke(main, ["watch", str(feed), "--db", db, "--rounds", "1"])
    assert first.exit_code == 0, first.output
    again = runner.invoke(main, ["watch", str(feed), "--db", db, "--rounds", "1"])
    assert again.exit_code == 0 and "not modified" in again.output
    listed = runner.invoke(main, ["stories", "--db", db, "--since", "24h", "--sort", "growth"])
    assert listed.exit_code == 0 and "Veendam" in listed.output
    bad = runner.invoke(main, ["stories", "--db", db, "--since", "soon"])
    assert bad.exit_code != 0 and "time span" in bad.output
