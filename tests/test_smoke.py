"""The pipeline runs end to end on a text of our own."""

from newsprism import compare_articles
from newsprism.model import Article


def test_two_outlets_one_story() -> None:
    first = Article("a.txt", "Minister Jansen zei maandag dat 40 boeren de weg blokkeerden bij Zwolle. "
                    "De politie hield 12 boeren aan.", outlet="Krant A")
    second = Article("b.txt", "Bij Zwolle blokkeerden maandag 40 boeren de snelweg, zei minister Janssen. "
                     "Twaalf boeren werden aangehouden door de politie.", outlet="Krant B")
    stories = compare_articles([first, second])
    assert len(stories) == 1
    assert [a.article.id for a in stories[0].articles] == ["a1", "a2"]
    statuses = {c.status for c in stories[0].claims}
    assert "agree" in statuses
