# English labels news text uses for the groups in a conflict or protest, with the stance
# each label takes ("neutral", "hostile" = delegitimising, "sympathetic"), for the framing
# table. Written from general knowledge of English news vocabulary; singular forms,
# matched through the stemmer so plurals count too. Not covered: irregular plurals
# (`policemen`), labels built from names, and context-dependent words.
ACTOR_LABELS: dict[str, dict[str, str]] = {
    "protesters": {
        "protester": "neutral", "demonstrator": "neutral", "activist": "neutral",
        "campaigner": "neutral", "crowd": "neutral", "citizen": "neutral",
        "insurgent": "hostile", "rebel": "hostile", "terrorist": "hostile",
        "bandit": "hostile", "criminal": "hostile", "rioter": "hostile", "thug": "hostile",
        "militant": "hostile", "extremist": "hostile", "looter": "hostile",
        "attacker": "hostile", "freedom fighter": "sympathetic",
    },
    "security_forces": {
        "police": "neutral", "officer": "neutral", "guard": "neutral", "army": "neutral",
        "soldier": "neutral", "troop": "neutral", "military": "neutral",
        "militia": "hostile", "henchman": "hostile",
    },
    "foreign_troops": {
        "peacekeeper": "sympathetic", "peacekeeping force": "sympathetic",
        "occupier": "hostile", "occupation force": "hostile", "invader": "hostile",
        "mercenary": "hostile",
    },
    "government": {
        "government": "neutral", "authority": "neutral", "administration": "neutral",
        "cabinet": "neutral", "regime": "hostile", "junta": "hostile", "dictator": "hostile",
    },
}
# Labels with an everyday sense outside conflicts (a basketball `guard`, a `crowd` at a match):
# they name an actor only in a story that also uses one of that actor's other labels.
CONTEXT_LABELS: frozenset[str] = frozenset({"crowd", "citizen", "guard", "attacker", "officer"})
