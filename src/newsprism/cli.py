"""The `newsprism` command: parse arguments, call the library, render. Nothing more."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from importlib.resources import files
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from newsprism import nlp as nlp_loader
from newsprism.compare import build_story
from newsprism.comparison import Comparison, compare_articles, compare_sources
from newsprism.config import SETTINGS, setting
from newsprism.errors import InputError, NewsprismError
from newsprism.evaluate.cli import eval_group
from newsprism.ingest import read_sources
from newsprism.ingest.fetch import HttpFetcher
from newsprism.ingest.metadata import parse_published
from newsprism.model import InputFailure, Story
from newsprism.ranking import SORTS, parse_span, rank_stories
from newsprism.report.html import render_html
from newsprism.report.markdown import render_markdown
from newsprism.report.ranking_view import stories_table, watch_view
from newsprism.report.story_json import comparison_to_json
from newsprism.report.text import print_stories
from newsprism.store import Store, add_articles
from newsprism.version import __version__
from newsprism.watching import FeedPoll, FileOrHttpFetcher
from newsprism.watching import watch as watch_feeds

FORMATS = ("text", "json", "html", "markdown")
F = TypeVar("F", bound=Callable[..., Any])
stderr = Console(stderr=True)


def _settings_epilog() -> str:
    lines = ["Settings (environment variables):"]
    lines += [f"  {s.env}: {s.help} Default: {s.default}" for s in SETTINGS if s.env]
    return "\n".join(lines)


def _parse_published_option(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return parse_published(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not an ISO 8601 date or datetime") from exc


@contextmanager
def _progress(description: str, total: int | None) -> Iterator[Progress]:
    progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        console=stderr, transient=True, disable=not stderr.is_terminal)
    with progress:
        progress.add_task(description, total=total)
        yield progress


def _write_report(stories: list[Story], failures: list[InputFailure], fmt: str, output: str | None) -> None:
    if fmt == "text" and output is None:
        print_stories(Console(), stories, [])
        _print_failures(failures)
        return
    if fmt == "json":
        rendered = comparison_to_json(stories, failures)
    elif fmt == "html":
        rendered = render_html(stories, failures)
    elif fmt == "markdown":
        rendered = render_markdown(stories, failures)
    else:
        console = Console(record=True, width=120, file=io.StringIO())
        print_stories(console, stories, failures)
        rendered = console.export_text()
    if output:
        Path(output).write_text(rendered, encoding="utf-8")
        stderr.print(f"wrote {output}")
    else:
        sys.stdout.write(rendered if rendered.endswith("\n") else rendered + "\n")
    if fmt != "text":
        _print_failures(failures)


def _print_failures(failures: list[InputFailure]) -> None:
    for failure in failures:
        stderr.out(f"error: {failure.source}: {failure.error}", highlight=False)


@click.group(epilog=_settings_epilog(), context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsprism")
def main() -> None:
    """newsprism: how a news story looks through every outlet that reports it."""


def _common_article_options(function: F) -> F:
    function = click.option("--outlet", help="Outlet name for sources that do not name one.")(function)
    function = click.option("--published", help="Publication date (ISO 8601) for sources without one.")(function)
    function = click.option("--nlp-model", help="spaCy pipeline to use (path or package); default: the shipped one.",
                            envvar="NEWSPRISM_NL_MODEL")(function)
    return function


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the report to FILE instead of stdout.")
@click.option("--summary-length", type=click.IntRange(1, 30), default=int(str(setting("summary_length"))),
              show_default=True, help="Sentences in each story summary.")
@_common_article_options
def compare(sources: tuple[str, ...], fmt: str, output: str | None, summary_length: int, outlet: str | None,
            published: str | None, nlp_model: str | None) -> None:
    """Compare how the articles in SOURCE... report each story.

    A SOURCE is a .txt/.html/.jsonl file, an RSS/Atom feed (file or URL), an article URL,
    or a directory (every supported file below it).
    """
    when = _parse_published_option(published)
    try:
        with _progress("reading", len(sources)) as progress:
            ingested = read_sources(list(sources), outlet=outlet, published=when,
                                    on_source_done=lambda _: progress.advance(progress.task_ids[0]))
        stories_found: list[Story] = []
        if ingested.articles:
            pipeline = nlp_loader.load("nl", nlp_model)
            with _progress("analysing", len(ingested.articles)) as progress:
                stories_found = compare_articles(ingested.articles, nlp=pipeline, summary_length=summary_length,
                                                 on_article_done=lambda _: progress.advance(progress.task_ids[0]))
    except NewsprismError as exc:
        raise click.ClickException(str(exc)) from exc
    result = Comparison(stories_found, ingested.failures)
    _write_report(result.stories, result.failures, fmt, output)
    if not result.stories:
        sys.exit(1)


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--db", type=click.Path(dir_okay=False), envvar="NEWSPRISM_DB", help="SQLite store to use.")
@_common_article_options
def add(sources: tuple[str, ...], db: str | None, outlet: str | None, published: str | None,
        nlp_model: str | None) -> None:
    """Add the articles in SOURCE... to the store; each joins a story (known texts are skipped)."""
    when = _parse_published_option(published)
    try:
        store = Store(db)
        ingested = read_sources(list(sources), outlet=outlet, published=when)
        _print_failures(ingested.failures)
        pipeline = nlp_loader.load("nl", nlp_model) if ingested.articles else None
        with _progress("analysing", len(ingested.articles)) as progress:
            report = add_articles(store, ingested.articles, nlp=pipeline,
                                  on_article_done=lambda _: progress.advance(progress.task_ids[0]))
    except NewsprismError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"added {report.added} articles ({report.copies} copies of stored articles), "
               f"{report.unchanged} already stored; {report.new_stories} new stories; store: {store.path}")
    if not ingested.articles:
        sys.exit(1)


@main.command()
@click.option("--db", type=click.Path(dir_okay=False), envvar="NEWSPRISM_DB", help="SQLite store to use.")
@click.option("--limit", type=int, default=30, show_default=True)
@click.option("--since", help="Only stories with articles in this span before the newest article (30m, 24h, 7d).")
@click.option("--sort", type=click.Choice(SORTS), default="size", show_default=True,
              help="size: articles; recent: newest article; growth: articles within --since; outlets: outlets.")
def stories(db: str | None, limit: int, since: str | None, sort: str) -> None:
    """List the stored stories, biggest (or newest, fastest-growing, most covered) first."""
    try:
        store = Store(db)
        ranked = rank_stories(store, parse_span(since) if since else None, sort, limit)
    except NewsprismError as exc:
        raise click.ClickException(str(exc)) from exc
    Console().print(stories_table(ranked, since))


@main.command()
@click.argument("feeds", nargs=-1, required=True, metavar="FEED_OR_URL...")
@click.option("--db", type=click.Path(dir_okay=False), envvar="NEWSPRISM_DB", help="SQLite store to use.")
@click.option("--every", default="10m", show_default=True, help="Time between polls of every feed (e.g. 5m, 1h).")
@click.option("--rounds", type=int, help="Stop after this many polls of every feed (default: until Ctrl-C).")
@click.option("--nlp-model", help="spaCy pipeline to use (path or package); default: the shipped one.",
              envvar="NEWSPRISM_NL_MODEL")
def watch(feeds: tuple[str, ...], db: str | None, every: str, rounds: int | None, nlp_model: str | None) -> None:
    """Poll FEED_OR_URL... (RSS/Atom) and grow the stored stories; shows the stories that grew. Ctrl-C stops."""
    from rich.live import Live

    try:
        store = Store(db)
        interval = parse_span(every).total_seconds()
        pipeline = nlp_loader.load("nl", nlp_model)
    except NewsprismError as exc:
        raise click.ClickException(str(exc)) from exc
    with Live(watch_view(store, [], []), console=Console(), auto_refresh=False) as live:
        def show(polls: list[FeedPoll]) -> None:
            growing = rank_stories(store, parse_span("24h"), "growth", 15)
            live.update(watch_view(store, polls, growing), refresh=True)

        try:
            watch_feeds(store, FileOrHttpFetcher(HttpFetcher()), list(feeds), every=interval, nlp=pipeline,
                        rounds=rounds, on_round=show)
        except KeyboardInterrupt:
            stderr.print("stopped; run the same command to resume")


@main.command()
@click.argument("story", type=int)
@click.option("--db", type=click.Path(dir_okay=False), envvar="NEWSPRISM_DB", help="SQLite store to use.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False))
def show(story: int, db: str | None, fmt: str, output: str | None) -> None:
    """Render one stored story (numbers from `newsprism stories`)."""
    try:
        store = Store(db)
        analysed = store.story_articles(story)
    except NewsprismError as exc:
        raise click.ClickException(str(exc)) from exc
    if not analysed:
        raise click.ClickException(f"story {story} is not in the store at {store.path}")
    built = build_story(f"s{story}", analysed)
    built.duplicates.update(store.duplicates_in_story(story))
    _write_report([built], [], fmt, output)


@main.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False), default="demo.html", show_default=True,
              help="Where to write the HTML report.")
def demo(output: str) -> None:
    """Compare the built-in sample story (three invented outlets) in the terminal and as HTML."""
    sample = str(files("newsprism.demo").joinpath("polar-star.jsonl"))
    try:
        result = compare_sources([sample])
    except (InputError, NewsprismError) as exc:
        raise click.ClickException(str(exc)) from exc
    print_stories(Console(), result.stories, result.failures)
    Path(output).write_text(render_html(result.stories, result.failures), encoding="utf-8")
    stderr.print(f"wrote {output}")


@main.command()
@click.option("--db", type=click.Path(dir_okay=False), envvar="NEWSPRISM_DB", help="SQLite store to use.")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
def serve(db: str | None, host: str, port: int) -> None:
    """Serve the HTTP API: /stories, /stories/ID (story JSON), /stories/ID.html, POST /compare."""
    import uvicorn

    from newsprism.serve import create_app

    uvicorn.run(create_app(db), host=host, port=port)


main.add_command(eval_group)


if __name__ == "__main__":
    main()
