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
deduplication, borders sorted) and the script can be re-run at any time. Every
choice that is not the source's (label overrides, dropped aliases) is listed in
the constants below; data/gazetteer/README.md explains them.
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
}

# Alternative spellings kept as aliases although they equal the state's demonym
# (which otherwise drops them: "Thai", "Togolese" are adjectives, not names).
ALIAS_ALSO_DEMONYM = {"vatican"}  # "the Vatican said"


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
        demonyms = dedupe(demonyms, exclude=[label])

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
        aliases = dedupe(aliases, exclude=[label] + [d for d in demonyms if fold(d) not in ALIAS_ALSO_DEMONYM])

        capitals = dedupe(c.get("capital", []), exclude=[label])
        qid = cc.get("wikidata")
        if not qid:
            problems.append(f"{a2}: no Wikidata QID in country-coder")
        rows[a2] = {
            "label": label, "id": eid, "aliases": aliases, "codes": [a2, a3],
            "wikidata": qid, "demonyms": demonyms, "capitals": capitals,
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
        row["borders"] = sorted(nb)

    ids = [r["id"] for r in rows.values()]
    if len(set(ids)) != len(ids):
        sys.exit("error: duplicate ids")

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
        for field in ("demonyms", "capitals", "borders"):
            if row[field]:
                out.write(f"{field} = {toml_list(row[field])}\n")

    for p in problems:
        print(f"note: {p}", file=sys.stderr)
    print(f"{len(rows)} states written", file=sys.stderr)


if __name__ == "__main__":
    main()
