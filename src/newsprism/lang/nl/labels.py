# Dutch labels news text uses for the groups in a conflict or protest, with the stance
# each label takes ("neutral", "hostile" = delegitimising, "sympathetic"), for the framing
# table. Written from general knowledge of Dutch news vocabulary (NOS, NRC, Volkskrant
# style); singular forms, matched through the stemmer so plurals count too. Not covered:
# labels built from names (`Tokajev-bewind` is found through compound heads), irony,
# and words whose group depends on context beyond the word (`troepen` of which country).
ACTOR_LABELS: dict[str, dict[str, str]] = {
    "protesters": {
        "demonstrant": "neutral", "betoger": "neutral", "actievoerder": "neutral",
        "protesteerder": "neutral", "manifestant": "neutral", "activist": "neutral",
        "opposant": "neutral", "menigte": "neutral", "burger": "neutral",
        "vrijheidsstrijder": "sympathetic", "hervormer": "sympathetic",
        "opstandeling": "hostile", "rebel": "hostile", "muiter": "hostile",
        "terrorist": "hostile", "bandiet": "hostile", "crimineel": "hostile",
        "relschopper": "hostile", "oproerkraaier": "hostile", "raddraaier": "hostile",
        "militant": "hostile", "extremist": "hostile", "aanvaller": "hostile",
        "plunderaar": "hostile", "herrieschopper": "hostile", "moordenaar": "hostile",
        "hooligan": "hostile", "provocateur": "hostile",
    },
    "security_forces": {
        "politie": "neutral", "politieagent": "neutral", "agent": "neutral",
        "oproerpolitie": "neutral", "garde": "neutral", "veiligheidstroep": "neutral",
        "veiligheidsdienst": "neutral", "ordetroep": "neutral", "leger": "neutral",
        "militair": "neutral", "soldaat": "neutral", "troep": "neutral",
        "strijdkracht": "neutral", "ordehandhaver": "sympathetic",
        "knokploeg": "hostile", "beul": "hostile",
        "handlanger": "hostile", "militie": "hostile",
    },
    "foreign_troops": {
        "vredestroep": "sympathetic", "vredesmacht": "sympathetic",
        "vredeshandhaver": "sympathetic", "vredesmissie": "sympathetic",
        "veiligheidsmacht": "neutral", "interventiemacht": "neutral",
        "luchtlandingstroep": "neutral", "hulptroep": "neutral",
        "bezettingsmacht": "hostile", "bezetter": "hostile", "bezettingsleger": "hostile",
        "invasiemacht": "hostile", "huurling": "hostile",
    },
    "government": {
        "regering": "neutral", "overheid": "neutral", "kabinet": "neutral",
        "autoriteit": "neutral", "leiding": "neutral", "machthebber": "hostile",
        "bewind": "hostile", "regime": "hostile", "junta": "hostile",
        "dictator": "hostile", "dictatuur": "hostile", "despoot": "hostile",
    },
}
# Labels with an everyday sense outside conflicts (`de leiding nemen` in a match, a football
# `aanvaller`, a player's `agent`, `burger`, `een troep`): they name an actor only in a story
# that also uses one of that actor's other labels.
CONTEXT_LABELS: frozenset[str] = frozenset({
    "leiding", "burger", "agent", "aanvaller", "menigte", "troep", "garde",
})
