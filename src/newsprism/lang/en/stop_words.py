# English function words ignored when comparing sentences and articles.
# The most frequent closed-class words; does not cover frequent content words.
STOP_WORDS: frozenset[str] = frozenset("""
a an the and or but if of at by for with about against between into through during before
after above below to from up down in out on off over under again then once here there when
where why how all any both each few more most other some such no nor not only own same so
than too very can will just should now is are was were be been being have has had do does
did he she it they them his her its their we us our you your i me my this that these those
""".split())
SENTENCE_OPENERS_NOT_NAMES: frozenset[str] = frozenset("""
The A An This That These Those He She It They We I You In On At By For But And Or If When
While After Before According There Here Some Many
""".split())
NAME_PARTICLES: frozenset[str] = frozenset("van der den de von al el bin ibn da di du le la del".split())
# No list of common lower-case words for English yet (the Dutch one is counted from news text).
COMMON_WORDS: frozenset[str] = frozenset()
