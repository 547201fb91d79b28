# Dutch adjectives and inhabitant nouns of place with the place they derive from
# (`Kazachse` -> Kazachstan, `Russen` -> Rusland). From the Taalunie list of country names
# and their adjectives (Dutch spelling), for countries and regions that often appear in world
# news; does not cover every country, most foreign cities or historical states. Keys are
# lower-case; the place names are written as they appear in Dutch text and double as a small
# gazetteer of places.
PLACE_ADJECTIVES: dict[str, str] = {
    "kazachse": "Kazachstan", "kazachs": "Kazachstan", "kazachen": "Kazachstan",
    "russische": "Rusland", "russisch": "Rusland", "russen": "Rusland",
    "oekraïense": "Oekraïne", "oekraïens": "Oekraïne", "oekraïners": "Oekraïne",
    "wit-russische": "Belarus", "belarussische": "Belarus",
    "kirgizische": "Kirgizië", "oezbeekse": "Oezbekistan", "tadzjiekse": "Tadzjikistan",
    "turkmeense": "Turkmenistan", "armeense": "Armenië", "georgische": "Georgië",
    "azerbeidzjaanse": "Azerbeidzjan", "turkse": "Turkije", "turken": "Turkije",
    "chinese": "China", "chinees": "China", "chinezen": "China",
    "japanse": "Japan", "japans": "Japan", "koreaanse": "Korea", "indiase": "India",
    "pakistaanse": "Pakistan", "afghaanse": "Afghanistan", "iraanse": "Iran", "iraakse": "Irak",
    "syrische": "Syrië", "libanese": "Libanon", "israëlische": "Israël", "palestijnse": "Palestina",
    "egyptische": "Egypte", "libische": "Libië", "tunesische": "Tunesië", "algerijnse": "Algerije",
    "marokkaanse": "Marokko", "saoedische": "Saoedi-Arabië", "jemenitische": "Jemen",
    "amerikaanse": "Verenigde Staten", "amerikanen": "Verenigde Staten", "canadese": "Canada",
    "mexicaanse": "Mexico", "braziliaanse": "Brazilië", "argentijnse": "Argentinië",
    "venezolaanse": "Venezuela", "cubaanse": "Cuba",
    "nederlandse": "Nederland", "nederlands": "Nederland", "belgische": "België",
    "duitse": "Duitsland", "duits": "Duitsland", "duitsers": "Duitsland",
    "franse": "Frankrijk", "frans": "Frankrijk", "fransen": "Frankrijk",
    "britse": "Verenigd Koninkrijk", "britten": "Verenigd Koninkrijk", "engelse": "Engeland",
    "spaanse": "Spanje", "italiaanse": "Italië", "portugese": "Portugal", "griekse": "Griekenland",
    "poolse": "Polen", "tsjechische": "Tsjechië", "hongaarse": "Hongarije", "roemeense": "Roemenië",
    "zweedse": "Zweden", "noorse": "Noorwegen", "deense": "Denemarken", "finse": "Finland",
    "oostenrijkse": "Oostenrijk", "zwitserse": "Zwitserland", "ierse": "Ierland",
    "europese": "Europa", "afrikaanse": "Afrika", "aziatische": "Azië",
    # Dutch provinces and cities, and a few foreign capitals: local news names them this way
    # (`de Haagse Jan van der Heijdenstraat`, `het Zeeuwse dorpje`).
    "haagse": "Den Haag", "haags": "Den Haag", "amsterdamse": "Amsterdam", "amsterdams": "Amsterdam",
    "rotterdamse": "Rotterdam", "rotterdams": "Rotterdam", "utrechtse": "Utrecht", "leidse": "Leiden",
    "delftse": "Delft", "haarlemse": "Haarlem", "eindhovense": "Eindhoven", "tilburgse": "Tilburg",
    "nijmeegse": "Nijmegen", "arnhemse": "Arnhem", "bredase": "Breda", "maastrichtse": "Maastricht",
    "zwolse": "Zwolle", "amersfoortse": "Amersfoort", "enschedese": "Enschede", "dordtse": "Dordrecht",
    "groningse": "Groningen", "zeeuwse": "Zeeland", "brabantse": "Brabant", "limburgse": "Limburg",
    "friese": "Friesland", "gelderse": "Gelderland", "drentse": "Drenthe", "overijsselse": "Overijssel",
    "brusselse": "Brussel", "antwerpse": "Antwerpen", "parijse": "Parijs", "londense": "Londen",
    "berlijnse": "Berlijn", "moskouse": "Moskou",
}
