# English adjectives and inhabitant nouns of place with the place they derive from
# (`Kazakh` -> Kazakhstan). From common English usage for countries that often appear in world
# news; does not cover every country, cities or historical states. Keys are lower-case; the
# place names double as a small gazetteer of places.
PLACE_ADJECTIVES: dict[str, str] = {
    "kazakh": "Kazakhstan", "kazakhs": "Kazakhstan", "russian": "Russia", "russians": "Russia",
    "ukrainian": "Ukraine", "ukrainians": "Ukraine", "belarusian": "Belarus", "kyrgyz": "Kyrgyzstan",
    "uzbek": "Uzbekistan", "tajik": "Tajikistan", "armenian": "Armenia", "georgian": "Georgia",
    "turkish": "Turkey", "chinese": "China", "japanese": "Japan", "korean": "Korea", "indian": "India",
    "pakistani": "Pakistan", "afghan": "Afghanistan", "iranian": "Iran", "iraqi": "Iraq",
    "syrian": "Syria", "lebanese": "Lebanon", "israeli": "Israel", "palestinian": "Palestine",
    "egyptian": "Egypt", "libyan": "Libya", "tunisian": "Tunisia", "algerian": "Algeria",
    "moroccan": "Morocco", "saudi": "Saudi Arabia", "american": "United States",
    "americans": "United States", "canadian": "Canada", "mexican": "Mexico", "brazilian": "Brazil",
    "dutch": "Netherlands", "belgian": "Belgium", "german": "Germany", "germans": "Germany",
    "french": "France", "british": "United Kingdom", "spanish": "Spain", "italian": "Italy",
    "polish": "Poland", "hungarian": "Hungary", "swedish": "Sweden", "european": "Europe",
}
