"""The HTML report escapes every piece of article text and works without the network."""

from __future__ import annotations

import re

from newsprism import compare_articles
from newsprism.model import Article
from newsprism.report.html import render_html

HOSTILE = ('Burgemeester <script>alert("xss")</script> Jansen zei dat het veilig is. '
           '<img src=x onerror="steal()"> "Alles is <b>onder controle</b>," aldus Jansen. '
           "Er kwamen 40 bezoekers naar het gemeentehuis in Zwolle.")


def test_article_text_is_escaped() -> None:
    stories = compare_articles([Article("hostile.txt", HOSTILE, outlet="<i>Krant</i>"),
                                Article("other.txt", "In Zwolle kwamen 40 bezoekers naar het gemeentehuis, zei Jansen.")])
    page = render_html(stories, [])
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert" in page
    assert "<img src=x" not in page and "onerror=\"steal" not in page
    assert "<i>Krant</i>" not in page
    assert "&lt;b&gt;onder controle&lt;/b&gt;" in page


def test_page_is_self_contained() -> None:
    stories = compare_articles([Article("a.txt", "In Zwolle kwamen 40 bezoekers naar het gemeentehuis.")])
    page = render_html(stories, [])
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "<style>" in page
