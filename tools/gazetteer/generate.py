#!/usr/bin/env python3
"""Generate data/gazetteer/states.toml, a gazetteer of the world's sovereign states.

Sources (npm packages, pinned; the data is read from their JSON files, no network):

  world-countries@5.1.0             (mledoze/countries, data under ODbL-1.0)
      names, official names, alternative spellings, English demonyms, capitals,
      ISO 3166-1 alpha-2/alpha-3 codes, land borders, UN membership
  @rapideditor/country-coder@5.6.1  (ISC)
      Wikidata QIDs, English names and a few aliases, ISO codes (cross-checked)

Install and run (from the repo root; Python 3.11+, standard library only):

  npm install --prefix /tmp/gazetteer-src world-countries@5.1.0 @rapideditor/country-coder@5.6.1
  python3 tools/gazetteer/generate.py \\
      /tmp/gazetteer-src/node_modules/world-countries/countries.json \\
      /tmp/gazetteer-src/node_modules/@rapideditor/country-coder/src/data/borders.json \\
      > data/gazetteer/states.toml
  python3 tools/gazetteer/check.py data/gazetteer/states.toml

Options:
  --un-only   leave out Kosovo and Taiwan (included by default, see below)

Which entities: every entry world-countries marks `unMember` (the 193 UN members;
this version also marks the Vatican, a UN observer state), plus Palestine (UN
observer), plus Kosovo and Taiwan, which world-countries lists as countries but
marks as not independent/UN members. Exactly 197 entries with the defaults; the
generator fails if the source no longer gives that count.

Output is deterministic (sorted by folded label, lists in source order after
deduplication, then the hand-kept supplements, borders sorted) and the script can
be re-run at any time. Every choice that is not the source's (label overrides,
dropped aliases, demonym fixes, the supplements of demonyms, aliases, capitals
and metonyms that news uses) is listed in the constants below;
data/gazetteer/README.md explains them. The generator warns when a hand-kept
entry no longer changes anything (the source fixed it, or it went stale).
"""

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

# Expected source versions: a warning (not an error) when another version is read.
EXPECTED_VERSIONS = {
    "world-countries": "5.1.0",
    "@rapideditor/country-coder": "5.6.1",
}

# Non-UN-member entries taken besides those world-countries marks `unMember`.
UN_OBSERVERS = {"VA", "PS"}  # Vatican City (marked unMember in 5.1.0), Palestine
PARTLY_RECOGNISED = {"XK", "TW"}  # Kosovo, Taiwan: left out with --un-only

# Labels that differ from world-countries' `name.common`, by alpha-2 code: the
# name English-language news commonly uses (and newsgraph's lexicon already uses).
LABEL_OVERRIDES = {
    "TR": "Turkey",  # source: "Türkiye" (kept as an alias)
}

# Ids newsgraph already uses for these states; the generator fails if the slug of
# the label differs.
REQUIRED_IDS = {
    "FI": "finland", "RU": "russia", "NO": "norway", "EE": "estonia",
    "LV": "latvia", "LT": "lithuania", "PL": "poland", "BY": "belarus",
    "UA": "ukraine", "SE": "sweden", "DE": "germany", "MD": "moldova",
    "US": "united-states", "TR": "turkey", "IQ": "iraq", "SY": "syria",
    "SO": "somalia",
}

# Source alternative spellings dropped (compared folded), with the reason.
DROPPED_ALIASES = {
    "island": "ordinary English word (Icelandic for Iceland)",
    "prathet": "Thai for 'country', not a name",
    "the abode of peace": "fragment of Brunei's official name",
    "portuguesa": "adjective fragment of Portugal's official name",
    "mexicanos": "Spanish plural demonym, fragment of Mexico's official name",
    "congo": "ambiguous between the two Congos",
    "timor": "island shared with Indonesia",
    "dominique": "French for Dominica, and a common given name",
    "holland": "two Dutch provinces; also a common surname (Agnieszka Holland, Tom Holland)",
    "nippon": "Japanese name of Japan, in English news mostly company names (Nippon Steel)",
    "nihon": "Japanese name of Japan, in English news mostly company names (Nihon Kohden)",
}

# Alternative spellings kept as aliases although they equal the state's demonym
# (which otherwise drops them: "Thai", "Togolese" are adjectives, not names).
ALIAS_ALSO_DEMONYM = {"vatican"}  # "the Vatican said"

# --- Hand-kept supplements: what English-language news writes and the sources lack.
# Keyed by alpha-2 code; values are added after the source's, then deduplicated
# (folded) like the source's. README.md, "Choices", explains each group.

# Aliases (names of the state). Unlike the source's, these may be short or equal to
# an ISO code: newsgraph matches an all-capital name only in capitals ("US", "UK").
# Not added: "America" (it would also match inside "Latin America", "South
# America", "Bank of America"), "Holland", "KSA", "Korea", "Gaza".
ALIAS_SUPPLEMENT = {
    "US": ["US", "U.S.", "USA", "U.S.A."],
    "GB": ["UK", "U.K.", "Britain"],
    "CN": ["PRC"],
    "KR": ["ROK", "S. Korea", "S.Korea"],
    "KP": ["N. Korea", "N.Korea"],
    "CV": ["Cabo Verde"],
    "CG": ["Republic of Congo", "Congo Republic"],  # Congo-Brazzaville is in the source
    "PS": ["Palestinian territories"],
    "LA": ["Lao PDR"],
    "BA": ["Bosnia"],
}

# Source demonyms respelled (any state): dated or unusual spellings.
DEMONYM_RESPELL = {
    "Cape Verdian": "Cape Verdean",
    "Maldivan": "Maldivian",
    "Comoran": "Comorian",
    "Kirghiz": "Kyrgyz",
    "Tadzhik": "Tajik",
}

# Source demonyms dropped, by alpha-2 code: ambiguous between states, or not used.
DROPPED_DEMONYMS = {
    "DM": {"Dominican": "means the Dominican Republic in news; Dominica keeps no demonym"},
    "CG": {"Congolese": "means DR Congo in news; no plain form names the Republic of the Congo"},
    "SR": {"Surinamer": "Dutch-style noun; English writes Surinamese"},
}

# Demonyms added, by alpha-2 code: common adjectives the source lacks, short forms,
# and nouns whose plural is not the adjective + "s" (those come from PLURAL_ENDINGS).
DEMONYM_SUPPLEMENT = {
    # nouns: singular and plural
    "FI": ["Finn", "Finns"],
    "PL": ["Pole", "Poles"],
    "SE": ["Swede", "Swedes"],
    "DK": ["Dane", "Danes"],
    "TR": ["Turk", "Turks"],
    "ES": ["Spaniard", "Spaniards"],
    "GB": ["Briton", "Britons", "Brit", "Brits"],
    "HR": ["Croat", "Croats"],
    "RS": ["Serb", "Serbs"],
    "FR": ["Frenchman", "Frenchmen", "Frenchwoman"],
    "NL": ["Dutchman", "Dutchmen", "Dutchwoman"],
    "IE": ["Irishman", "Irishmen", "Irishwoman"],
    "AR": ["Argentines", "Argentinian"],
    "SI": ["Slovenes", "Slovenian"],
    "MC": ["Monegasques"],
    "NE": ["Nigeriens"],  # -en is not a rule ending
    "ME": ["Montenegrins"],  # nor -in
    "BW": ["Batswana"],  # plural of Motswana
    "LS": ["Basotho"],  # plural of Mosotho
    "PH": ["Filipina", "Filipinas", "Philippine"],  # "Philippine troops"
    # short forms and other common adjectives
    "KG": ["Kyrgyzstani"],  # beside Kyrgyz (respelled from Kirghiz)
    "TJ": ["Tajiks", "Tajikistani"],  # beside Tajik (respelled from Tadzhik)
    "UZ": ["Uzbek"],  # beside Uzbekistani
    "KZ": ["Kazakh", "Kazakhs"],  # beside Kazakhstani
    "AZ": ["Azeri"],  # beside Azerbaijani
    "SA": ["Saudi"],  # beside Saudi Arabian; the source has "Saudi" as an alias
    "LA": ["Lao"],  # beside Laotian; the source has "Lao" as an alias
    "NP": ["Nepali"],  # beside Nepalese
    "XK": ["Kosovan"],  # beside Kosovar
    "MK": ["North Macedonian"],  # beside Macedonian
    "GW": ["Bissau-Guinean"],  # beside the source's Guinea-Bissauan
    "EC": ["Ecuadorian"],  # beside Ecuadorean (Reuters' spelling)
    "SR": ["Surinamese"],
    "IS": ["Icelandic"],  # the source has only the noun Icelander
    "LU": ["Luxembourgish"],  # the source has only the noun Luxembourger
    "DJ": ["Djiboutian"],  # the source's "Djibouti" equals the label
    "TL": ["Timorese"],  # beside East Timorese
    "SM": ["San Marinese"],  # beside Sammarinese
}

# Plurals made by rule: a demonym ending so gets "s" ("Afghan" -> "Afghans",
# "Thai" -> "Thais", "Filipino" -> "Filipinos", "Icelander" -> "Icelanders",
# "Cypriot", "Kosovar", "Slovak", "Czech", "Greek"); no rule for -ese, -ish, -ch,
# -ss ("Chinese", "British", "French", "Swiss"), whose plural is the same word or
# another (DEMONYM_SUPPLEMENT). Compared lowercase.
PLURAL_ENDINGS = ("an", "i", "ino", "er", "ot", "ar", "ak", "ech", "ek")
# ... except these (folded), whose plural English does not use.
NO_PLURAL = {
    "vatican": "an adjective only",
    "herzegovinian": "regional; news writes Bosnians",
    "guinea-bissauan": "rare; news writes Bissau-Guineans",
    "i-kiribati": "the same in the plural",
}

# Land borders added, by alpha-2 code (symmetric): a territory the sources drop lies
# between the states and one of them administers it, so news writes of their border.
BORDER_SUPPLEMENT = {
    "MA": ["MR"],  # through Western Sahara: "the border between Morocco and Mauritania"
}

# Capitals added, by alpha-2 code: other spellings, and other seats news names.
CAPITAL_SUPPLEMENT = {
    "UA": ["Kiev"],
    "MN": ["Ulaanbaatar"],  # the source has "Ulan Bator"
    "YE": ["Sanaa"],  # the source has "Sana'a"
    "US": ["Washington", "Washington, D.C.", "Washington DC"],  # source: "Washington D.C."
    "BO": ["La Paz"],  # seat of government; the source has Sucre
    "NL": ["The Hague"],  # seat of government; the source has Amsterdam
    "CI": ["Abidjan"],  # economic capital and seat of most institutions
    "SZ": ["Mbabane"],  # administrative capital; the source has Lobamba
    "MM": ["Naypyitaw", "Nay Pyi Taw"],  # the source has "Naypyidaw"
    "KZ": ["Nur-Sultan"],  # Astana's name 2019-2022
}

# Source capitals dropped, by alpha-2 code: names that in news mostly mean something
# else, and block that other meaning (a state's name is never a place's name).
DROPPED_CAPITALS = {
    "SC": {"Victoria": "the Australian state, the Canadian city, a given name (Seychelles' capital)"},
    "MV": {"Malé": "folds to the English word 'male' (\"Male voters\")"},
}

# Metonyms: seats of government that news writes for the state ("the White House
# said"). Russia's "the Kremlin" is hand-written in data/lexicon/entities.toml and
# not repeated here. Not added: "the Blue House" (South Korea's presidential office
# left it in 2022, so for years it named no seat; also an ordinary phrase).
METONYMS = {
    "US": ["the White House", "White House"],
    "GB": ["Downing Street"],
    "FR": ["the Élysée", "Élysée", "the Élysée Palace", "Élysée Palace"],
    "CN": ["Zhongnanhai"],
}


def fold(s):
    """Mirror of newsgraph's text::fold: lowercase, diacritics removed."""
    special = {
        "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ß": "ss",
        "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "ł": "l", "Ł": "l", "ı": "i",
        "þ": "th", "Þ": "th",
        "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
        "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ",
    }
    out = []
    for c in s:
        if c.isascii():
            out.append(c.lower())
        elif c in special:
            out.append(special[c])
        else:
            d = unicodedata.normalize("NFD", c)
            kept = "".join(x for x in d if not unicodedata.combining(x))
            out.append(kept.lower() if kept else c)
    return "".join(out)


def slug(label):
    """Mirror of newsgraph's model::slug."""
    out, dash = [], False
    for c in fold(label):
        if c.isascii() and c.isalnum():
            if dash and out:
                out.append("-")
            dash = False
            out.append(c)
        else:
            dash = True
    return "".join(out)


def latin_only(s):
    """True if every letter is Latin script (modifier letters such as ʻ allowed)
    and none is an IPA letter (the source has one IPA transcription)."""
    for c in s:
        if not c.isalpha():
            continue
        if "\u0250" <= c <= "\u02af":  # IPA Extensions
            return False
        if unicodedata.category(c) == "Lm":
            continue
        if not unicodedata.name(c, "").startswith("LATIN"):
            return False
    return True


def split_parenthesis(s):
    """'Holy See (Vatican City State)' -> ['Holy See', 'Vatican City State']."""
    m = re.fullmatch(r"(.*?)\s*\((.*)\)\s*", s)
    return [m.group(1), m.group(2)] if m else [s]


def dedupe(names, exclude=()):
    """Keeps the first spelling of each folded name, dropping folded `exclude`."""
    seen = {fold(e) for e in exclude}
    out = []
    for n in names:
        n = n.strip()
        k = fold(n)
        if n and k not in seen:
            seen.add(k)
            out.append(n)
    return out


def toml_str(s):
    out = ['"']
    for c in s:
        if c == '"':
            out.append('\\"')
        elif c == "\\":
            out.append("\\\\")
        elif c in "\b\t\n\f\r":
            out.append({"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}[c])
        elif ord(c) < 0x20 or ord(c) == 0x7F:
            out.append("\\u%04X" % ord(c))
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


def toml_list(items):
    return "[" + ", ".join(toml_str(i) for i in items) + "]"


def demonyms_raw(c):
    """The source's English demonyms of country `c`, split into single names."""
    eng = c.get("demonyms", {}).get("eng", {})
    return {d for form in (eng.get("m"), eng.get("f")) if form
            for d in re.split(r",\s*|\s+or\s+", form) if d}


def plural(demonym):
    """'Afghan' -> 'Afghans' by PLURAL_ENDINGS, or None (no rule, or NO_PLURAL).
    Nouns in -man ("Frenchman") take -men and are listed by hand; "German" is
    not one of them."""
    low = fold(demonym)
    if low in NO_PLURAL or not low.endswith(PLURAL_ENDINGS):
        return None
    if low.endswith("man") and low != "german":
        return None
    return demonym + "s"


def with_plurals(demonyms):
    """Each demonym followed by its plural by rule, if any."""
    out = []
    for d in demonyms:
        out.append(d)
        p = plural(d)
        if p:
            out.append(p)
    return out


def stale_entries(rows, used, un_only):
    """Warns about hand-kept entries that changed nothing: a state not in the
    output, or a name the source no longer has or already has."""
    skip = PARTLY_RECOGNISED if un_only else set()

    def warn(msg):
        print(f"warning: stale hand-kept entry: {msg}", file=sys.stderr)

    for table, name in ((ALIAS_SUPPLEMENT, "ALIAS_SUPPLEMENT"), (DEMONYM_SUPPLEMENT, "DEMONYM_SUPPLEMENT"),
                        (CAPITAL_SUPPLEMENT, "CAPITAL_SUPPLEMENT"), (METONYMS, "METONYMS"),
                        (DROPPED_DEMONYMS, "DROPPED_DEMONYMS"), (DROPPED_CAPITALS, "DROPPED_CAPITALS")):
        for a2 in table:
            if a2 not in rows and a2 not in skip:
                warn(f"{name}: no state {a2}")
    for a2, field, n in sorted(used["not_added"]):
        warn(f"{field} supplement of {a2}: {n!r} added nothing (the source has it, or it is the "
             "label or a demonym)")
    for d in DEMONYM_RESPELL:
        if d not in used["respell"]:
            warn(f"DEMONYM_RESPELL: source has no {d!r}")
    for a2, drop in DROPPED_DEMONYMS.items():
        for d in drop:
            if a2 in rows and (a2, d) not in used["drop_demonym"]:
                warn(f"DROPPED_DEMONYMS[{a2!r}]: source has no {d!r}")
    for a2, drop in DROPPED_CAPITALS.items():
        for d in drop:
            if a2 in rows and (a2, d) not in used["drop_capital"]:
                warn(f"DROPPED_CAPITALS[{a2!r}]: source has no {d!r}")


def package_version(data_file):
    """'name@version' of the npm package holding `data_file`, or None."""
    for d in Path(data_file).resolve().parents:
        pj = d / "package.json"
        if pj.is_file():
            meta = json.loads(pj.read_text(encoding="utf-8"))
            name, version = meta.get("name"), meta.get("version")
            want = EXPECTED_VERSIONS.get(name)
            if want and want != version:
                print(f"warning: {name} is {version}, generator pinned to {want}", file=sys.stderr)
            return f"{name}@{version}"
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("countries_json", help="world-countries/countries.json")
    ap.add_argument("borders_json", help="@rapideditor/country-coder/src/data/borders.json")
    ap.add_argument("--un-only", action="store_true", help="leave out Kosovo and Taiwan")
    args = ap.parse_args()

    countries = json.loads(Path(args.countries_json).read_text(encoding="utf-8"))
    features = json.loads(Path(args.borders_json).read_text(encoding="utf-8"))["features"]
    sources = [package_version(args.countries_json), package_version(args.borders_json)]

    extra = UN_OBSERVERS | (set() if args.un_only else PARTLY_RECOGNISED)
    chosen = [c for c in countries if c.get("unMember") or c["cca2"] in extra]
    expected = 195 if args.un_only else 197
    if len(chosen) != expected:
        sys.exit(f"error: source gives {len(chosen)} states, expected {expected}; review the selection")

    # country-coder: the country-level feature for each alpha-2 code.
    coder = {}
    for f in features:
        p = f["properties"]
        if p.get("iso1A2") and "country" not in p:
            coder[p["iso1A2"]] = p

    problems = []
    rows = {}
    used = {"respell": set(), "drop_demonym": set(), "drop_capital": set(), "not_added": set()}

    def supplement(a2, field, base, extra, exclude):
        """base + extra, deduplicated; notes the extra names that add nothing."""
        out = dedupe(base + extra, exclude=exclude)
        before = {fold(x) for x in base} | {fold(x) for x in exclude}
        for n in extra:
            if fold(n) in before or n not in out:
                used["not_added"].add((a2, field, n))
        return out

    a3_to_a2 = {c["cca3"]: c["cca2"] for c in countries}
    all_codes = set()
    for c in countries:
        all_codes.update([c["cca2"], c["cca3"]])
    for p in coder.values():
        all_codes.update(x for x in (p.get("iso1A2"), p.get("iso1A3")) if x)

    for c in chosen:
        a2 = c["cca2"]
        cc = coder.get(a2, {})
        # Codes: country-coder's alpha-3 where the two disagree (only Kosovo, which
        # world-countries gives the UN's "UNK" and country-coder the usual "XKX").
        a3 = c["cca3"]
        if cc.get("iso1A3") and cc["iso1A3"] != a3:
            problems.append(f"{a2}: alpha-3 {a3} (world-countries) vs {cc['iso1A3']} (country-coder); using {cc['iso1A3']}")
            a3 = cc["iso1A3"]
        label = LABEL_OVERRIDES.get(a2, c["name"]["common"])
        eid = slug(label)
        if a2 in REQUIRED_IDS and REQUIRED_IDS[a2] != eid:
            sys.exit(f"error: {a2} would get id {eid!r}, newsgraph needs {REQUIRED_IDS[a2]!r}")

        eng = c.get("demonyms", {}).get("eng", {})
        demonyms = []
        for form in (eng.get("m"), eng.get("f")):
            if form:
                demonyms += [d for d in re.split(r",\s*|\s+or\s+", form) if d]
        demonyms = [DEMONYM_RESPELL.get(d, d) for d in demonyms]
        used["respell"].update(d for d in DEMONYM_RESPELL if d in demonyms_raw(c))
        drop = DROPPED_DEMONYMS.get(a2, {})
        used["drop_demonym"].update((a2, d) for d in demonyms if d in drop)
        demonyms = [d for d in demonyms if d not in drop]
        demonyms = supplement(a2, "demonyms", with_plurals(dedupe(demonyms, exclude=[label])),
                              with_plurals(DEMONYM_SUPPLEMENT.get(a2, [])), [label])

        raw = [c["name"]["official"], c["name"]["common"]] + list(c.get("altSpellings", []))
        raw += [cc.get("nameEn", "")] + list(cc.get("aliases", []))
        aliases = []
        for r in raw:
            for a in split_parenthesis(r):
                a = a.strip()
                if len(a) < 3 or a in all_codes or ", " in a:
                    continue  # short, an ISO code, or an inverted catalogue form
                if not latin_only(a) or fold(a) in DROPPED_ALIASES:
                    continue
                aliases.append(a)
        # the hand-kept aliases are not filtered by length or ISO code ("US", "USA")
        aliases = supplement(a2, "aliases", aliases, ALIAS_SUPPLEMENT.get(a2, []),
                             [label] + [d for d in demonyms if fold(d) not in ALIAS_ALSO_DEMONYM])

        drop = DROPPED_CAPITALS.get(a2, {})
        capitals = [x for x in c.get("capital", []) if x not in drop]
        used["drop_capital"].update((a2, x) for x in c.get("capital", []) if x in drop)
        capitals = supplement(a2, "capitals", capitals, CAPITAL_SUPPLEMENT.get(a2, []), [label])
        metonyms = supplement(a2, "metonyms", [], METONYMS.get(a2, []), [label] + aliases + capitals)
        qid = cc.get("wikidata")
        if not qid:
            problems.append(f"{a2}: no Wikidata QID in country-coder")
        rows[a2] = {
            "label": label, "id": eid, "aliases": aliases, "codes": [a2, a3],
            "wikidata": qid, "demonyms": demonyms, "capitals": capitals, "metonyms": metonyms,
            "a3": c["cca3"], "borders_a3": c.get("borders", []),
        }

    # Land borders: only between chosen states, and only pairs both sides list.
    for a2, row in rows.items():
        nb = set()
        for b3 in row["borders_a3"]:
            b2 = a3_to_a2.get(b3)
            if b2 not in rows:
                continue  # a territory (Western Sahara, Gibraltar, Hong Kong, ...)
            if row["a3"] in rows[b2]["borders_a3"]:
                nb.add(rows[b2]["id"])
            else:
                problems.append(f"{a2}: border {b3} listed on one side only; dropped")
        row["borders_ids"] = nb

    for a2, others in BORDER_SUPPLEMENT.items():
        for b2 in others:
            if rows[b2]["id"] in rows[a2]["borders_ids"]:
                problems.append(f"border supplement {a2}-{b2} added nothing (the source has it)")
            rows[a2]["borders_ids"].add(rows[b2]["id"])
            rows[b2]["borders_ids"].add(rows[a2]["id"])
    for row in rows.values():
        row["borders"] = sorted(row.pop("borders_ids"))

    ids = [r["id"] for r in rows.values()]
    if len(set(ids)) != len(ids):
        sys.exit("error: duplicate ids")
    stale_entries(rows, used, args.un_only)

    out = sys.stdout
    out.write("# Sovereign states: UN members and observers")
    out.write(".\n" if args.un_only else ", Kosovo and Taiwan.\n")
    out.write("# GENERATED by tools/gazetteer/generate.py from "
              + " and ".join(s for s in sources if s) + "; do not edit by hand.\n")
    out.write("# Data: world-countries (ODbL-1.0), country-coder (ISC). See data/gazetteer/README.md.\n")
    for row in sorted(rows.values(), key=lambda r: (fold(r["label"]), r["label"])):
        out.write("\n[[entity]]\n")
        out.write(f"label = {toml_str(row['label'])}\n")
        out.write('type = "State"\n')
        out.write(f"id = {toml_str(row['id'])}\n")
        if row["aliases"]:
            out.write(f"aliases = {toml_list(row['aliases'])}\n")
        out.write(f"codes = {toml_list(row['codes'])}\n")
        if row["wikidata"]:
            out.write(f"wikidata = {toml_str(row['wikidata'])}\n")
        for field in ("demonyms", "capitals", "metonyms", "borders"):
            if row[field]:
                out.write(f"{field} = {toml_list(row[field])}\n")

    for p in problems:
        print(f"note: {p}", file=sys.stderr)
    print(f"{len(rows)} states written", file=sys.stderr)


if __name__ == "__main__":
    main()
