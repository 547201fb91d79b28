from pathlib import Path

# Dutch function words ignored when comparing sentences and articles.
# The most frequent closed-class words of Dutch news text; does not cover
# frequent content words (`jaar`, `mensen`), which carry meaning in a comparison.
STOP_WORDS: frozenset[str] = frozenset("""
aan af al alle alles als altijd andere ben bij daar dan dat de der deze die dit doch doen
door dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun
iemand iets ik in is ja je kan kon kunnen maar me meer men met mij mijn moet na naar niet
niets nog nu of om omdat onder ons ook op over reeds te tegen toch toen tot u uit uw van
veel voor want waren was wat werd wezen wie wil wordt zal ze zelf zich zij zijn zo
zonder zou zullen werden worden waarin waarop waarbij volgens tijdens sinds even nadat
""".split())
# Words that open a sentence with a capital but are never names.
SENTENCE_OPENERS_NOT_NAMES: frozenset[str] = frozenset("""
De Het Een Dit Deze Die Dat Ook Maar En Of In Op Bij Na Voor Volgens Ondanks Tijdens
Hij Zij Ze Wij We Ik Je U Er Daar Hier Toen Nu Als Omdat Terwijl Eerder Later Zo Wel
Niet Nog Al Alle Veel Meer Zeker Ruim Bijna Sinds Met Door Uit Over Onder Tegen Zijn Haar
Hun Ons Wat Wie Waar Hoe Waarom Wanneer Dan Vanaf Tot Rond Om Aan Van
""".split())
# Particles inside Dutch and other names (`Van der Laan`, `de Gaulle`, `bin Salman`).
NAME_PARTICLES: frozenset[str] = frozenset(
    "van der den de het ten ter te von zu al el bin ibn da di du le la del".split()
)
# Words Dutch news writes in lower case inside sentences (10,000+ seen 20 times or more, a capital
# in under 5%): opening a sentence alone (`Stem op deze brief`) they are no name. Counted from
# 6.9M words of 2016-2019 Dutch RSS news by training/scripts/common_words.py.
COMMON_WORDS: frozenset[str] = frozenset(
    line for line in (Path(__file__).parent / "common_words.txt").read_text(encoding="utf8").split("\n")
    if line and not line.startswith("#")
)
