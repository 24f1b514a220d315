#!/usr/bin/env python3
"""Validate data/gazetteer/states.toml (Python 3.11+, standard library only).

  python3 tools/gazetteer/check.py [data/gazetteer/states.toml] [data/lexicon/entities.toml]

Checks the structure (fields, types, slugs, codes, QIDs), that borders are
symmetric and resolvable, that the ids newsgraph already uses are present with
their labels, a set of spot checks (including names that must be absent), that
no name is claimed by two states, and agreement with the State entities of
newsgraph's lexicon (same QID; no metonym repeated; other differences are only
reported). Prints a closing line "check: N passed, N failed"; exits 1 if any
check failed.
"""

import re
import sys
import tomllib
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the repo
sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import ALIAS_SUPPLEMENT, fold, slug  # noqa: E402  (same folding as newsgraph)

ROOT = Path(__file__).resolve().parents[2]
FIELDS = ["label", "type", "id", "aliases", "codes", "wikidata", "demonyms", "capitals", "metonyms", "borders"]
LISTS = {"aliases", "codes", "demonyms", "capitals", "metonyms", "borders"}
# Hand-kept aliases exempt from the length and ISO-code rules ("US", "UK", "USA").
SHORT_OK = {a for names in ALIAS_SUPPLEMENT.values() for a in names}
REQUIRED = {
    "finland": "Finland", "russia": "Russia", "norway": "Norway", "estonia": "Estonia",
    "latvia": "Latvia", "lithuania": "Lithuania", "poland": "Poland", "belarus": "Belarus",
    "ukraine": "Ukraine", "sweden": "Sweden", "germany": "Germany", "moldova": "Moldova",
    "united-states": "United States", "turkey": "Turkey", "iraq": "Iraq", "syria": "Syria",
    "somalia": "Somalia",
}
# id -> {field: values that must all be present}
SPOT = {
    "belarus": {"demonyms": ["Belarusian"], "capitals": ["Minsk"], "codes": ["BY", "BLR"],
                "aliases": ["Republic of Belarus"], "borders": ["lithuania", "latvia", "poland", "russia", "ukraine"]},
    "lithuania": {"capitals": ["Vilnius"], "demonyms": ["Lithuanian"], "codes": ["LT", "LTU"]},
    "latvia": {"capitals": ["Riga"], "demonyms": ["Latvian"], "borders": ["estonia", "lithuania", "belarus", "russia"]},
    "estonia": {"capitals": ["Tallinn"], "demonyms": ["Estonian"], "borders": ["latvia", "russia"]},
    "ukraine": {"capitals": ["Kyiv"], "demonyms": ["Ukrainian"], "borders": ["moldova", "poland", "russia", "belarus"]},
    "poland": {"capitals": ["Warsaw"], "demonyms": ["Polish"], "borders": ["germany", "czechia", "lithuania"]},
    "finland": {"capitals": ["Helsinki"], "demonyms": ["Finnish"], "codes": ["FI", "FIN"],
                "aliases": ["Republic of Finland", "Suomi"], "borders": ["norway", "russia", "sweden"]},
    "russia": {"capitals": ["Moscow"], "aliases": ["Russian Federation"], "demonyms": ["Russian"]},
    "turkey": {"capitals": ["Ankara"], "aliases": ["Türkiye"], "demonyms": ["Turkish"], "codes": ["TR", "TUR"]},
    "united-states": {"aliases": ["United States of America"], "demonyms": ["American"], "codes": ["US", "USA"]},
    "germany": {"capitals": ["Berlin"], "demonyms": ["German"], "codes": ["DE", "DEU"]},
    "somalia": {"capitals": ["Mogadishu"], "demonyms": ["Somali"]},
    "united-kingdom": {"capitals": ["London"], "demonyms": ["British"]},
    "czechia": {"aliases": ["Czech Republic"], "capitals": ["Prague"]},
    # the hand-kept supplements (generate.py): plurals, short forms, fixes, metonyms
    "thailand": {"demonyms": ["Thai", "Thais"], "capitals": ["Bangkok"]},
    "kyrgyzstan": {"demonyms": ["Kyrgyz", "Kyrgyzstani", "Kyrgyzstanis"], "aliases": ["Kyrgyz Republic"]},
    "afghanistan": {"demonyms": ["Afghan", "Afghans"]},
    "dr-congo": {"demonyms": ["Congolese"], "aliases": ["DRC", "Democratic Republic of the Congo",
                 "Democratic Republic of Congo", "Congo-Kinshasa"]},
    "republic-of-the-congo": {"aliases": ["Republic of Congo", "Congo-Brazzaville"]},
    "dominican-republic": {"demonyms": ["Dominican", "Dominicans"], "capitals": ["Santo Domingo"]},
    "united-states": {"aliases": ["US", "U.S.", "USA", "United States of America"],
                      "demonyms": ["American", "Americans"], "capitals": ["Washington"],
                      "metonyms": ["the White House", "White House"]},
    "united-kingdom": {"aliases": ["UK", "U.K.", "Britain", "Great Britain"],
                       "demonyms": ["British", "Briton", "Britons"], "metonyms": ["Downing Street"]},
    "myanmar": {"aliases": ["Burma"], "demonyms": ["Burmese"], "capitals": ["Naypyidaw", "Naypyitaw"]},
    "finland": {"demonyms": ["Finn", "Finns"]},
    "poland": {"demonyms": ["Pole", "Poles"]},
    "sweden": {"demonyms": ["Swede", "Swedes"]},
    "turkey": {"demonyms": ["Turk", "Turks"], "aliases": ["Türkiye"]},
    "saudi-arabia": {"demonyms": ["Saudi", "Saudis"]},
    "philippines": {"demonyms": ["Filipino", "Filipinos"]},
    "cape-verde": {"demonyms": ["Cape Verdean"], "aliases": ["Cabo Verde"]},
    "maldives": {"demonyms": ["Maldivian"]},
    "ukraine": {"capitals": ["Kyiv", "Kiev"]},
    "mongolia": {"capitals": ["Ulaanbaatar", "Ulan Bator"]},
    "bolivia": {"capitals": ["La Paz", "Sucre"]},
    "netherlands": {"capitals": ["The Hague", "Amsterdam"]},
    "france": {"metonyms": ["Élysée"]},
    "china": {"aliases": ["PRC"], "metonyms": ["Zhongnanhai"]},
}
# id -> {field: values that must not be present (folded)}
ABSENT = {
    "republic-of-the-congo": {"demonyms": ["Congolese"]},
    "dominica": {"demonyms": ["Dominican"]},
    "seychelles": {"capitals": ["Victoria"]},
    "cape-verde": {"demonyms": ["Cape Verdian"]},
    "vatican-city": {"demonyms": ["Vaticans"]},
    "france": {"demonyms": ["Frenchmans"]},
    "djibouti": {"demonyms": ["Djibouti", "Djiboutis"]},
    "russia": {"metonyms": ["Kremlin", "the Kremlin"]},  # hand-written in entities.toml
}
SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


def main():
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "data/gazetteer/states.toml"
    lexicon = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "data/lexicon/entities.toml"
    passed, failed = 0, []

    def check(ok, what):
        nonlocal passed
        if ok:
            passed += 1
        else:
            failed.append(what)

    with open(path, "rb") as f:
        doc = tomllib.load(f)
    check(list(doc) == ["entity"], "top level has only [[entity]]")
    ents = doc.get("entity", [])
    check(195 <= len(ents) <= 197, f"195..197 states (got {len(ents)})")
    by_id = {}
    for e in ents:
        name = e.get("label", "?")
        check(list(e) == [k for k in FIELDS if k in e], f"{name}: known fields in order {FIELDS}")
        check(all(k in e for k in ("label", "type", "id", "codes")), f"{name}: label, type, id, codes present")
        check(e.get("type") == "State", f"{name}: type State")
        eid = e.get("id", "")
        check(bool(SLUG.fullmatch(eid)) and eid == slug(name), f"{name}: id {eid!r} is the slug of the label")
        check(eid not in by_id, f"{name}: id {eid!r} unique")
        by_id[eid] = e
        for k in LISTS & set(e):
            v = e[k]
            check(isinstance(v, list) and v and all(isinstance(x, str) and x.strip() == x and x for x in v),
                  f"{name}: {k} is a non-empty list of trimmed strings")
            check(len({fold(x) for x in v}) == len(v), f"{name}: {k} has no duplicates (folded)")
        codes = e.get("codes", [])
        check(len(codes) == 2 and re.fullmatch(r"[A-Z]{2}", codes[0]) is not None
              and re.fullmatch(r"[A-Z]{3}", codes[1]) is not None, f"{name}: codes [alpha-2, alpha-3]")
        if "wikidata" in e:
            check(re.fullmatch(r"Q[1-9][0-9]*", e["wikidata"]) is not None, f"{name}: wikidata is a QID")
        for a in e.get("aliases", []):
            check(len(a) >= 3 or a in SHORT_OK, f"{name}: alias {a!r} at least 3 characters (or hand-kept)")
            check(fold(a) != fold(name), f"{name}: alias {a!r} differs from the label")
            check(a not in codes or a in SHORT_OK, f"{name}: alias {a!r} is not an ISO code (or hand-kept)")
        for d in e.get("demonyms", []):
            check(fold(d) != fold(name), f"{name}: demonym {d!r} differs from the label")

    labels = [e["label"] for e in ents]
    check(labels == sorted(labels, key=lambda l: (fold(l), l)), "entities sorted by label")
    for field in ("codes", "wikidata"):
        seen = {}
        for e in ents:
            for v in ([e[field]] if isinstance(e.get(field), str) else e.get(field, [])):
                check(v not in seen, f"{e['label']}: {field} {v} unique (also {seen.get(v)})")
                seen[v] = e["label"]

    for eid, e in by_id.items():
        for b in e.get("borders", []):
            check(b in by_id, f"{eid}: border {b!r} resolves")
            check(b != eid, f"{eid}: does not border itself")
            check(eid in by_id.get(b, {}).get("borders", []), f"{eid}: border {b!r} is symmetric")

    for eid, label in REQUIRED.items():
        check(eid in by_id and by_id[eid]["label"] == label, f"required id {eid!r} with label {label!r}")
    for eid, want in SPOT.items():
        for field, values in want.items():
            got = by_id.get(eid, {}).get(field, [])
            for v in values:
                check(v in got, f"spot check: {eid} {field} has {v!r} (got {got})")
    for eid, unwanted in ABSENT.items():
        for field, values in unwanted.items():
            got = {fold(x) for x in by_id.get(eid, {}).get(field, [])}
            for v in values:
                check(fold(v) not in got, f"spot check: {eid} {field} has no {v!r}")

    # Agreement with newsgraph's lexicon.
    notes = []
    if lexicon.is_file():
        with open(lexicon, "rb") as f:
            lex = tomllib.load(f).get("entity", [])
        for le in lex:
            if le.get("type") != "State":
                continue
            lid = le.get("id") or slug(le["label"])
            g = by_id.get(lid)
            check(g is not None and g["label"] == le["label"], f"lexicon state {lid!r} in gazetteer with same label")
            if g is None:
                continue
            if "wikidata" in le:
                check(g.get("wikidata") == le["wikidata"],
                      f"lexicon state {lid!r}: QID {le['wikidata']} (gazetteer {g.get('wikidata')})")
            lb, gb = set(le.get("borders", [])), set(g.get("borders", []))
            if lb != gb:
                notes.append(f"{lid}: borders only in lexicon {sorted(lb - gb)}, only in gazetteer {sorted(gb - lb)}")
            for field in ("aliases", "demonyms", "capitals", "metonyms"):
                miss = [x for x in le.get(field, []) if fold(x) not in {fold(y) for y in g.get(field, [])}]
                if miss and field != "metonyms":
                    notes.append(f"{lid}: lexicon {field} not in gazetteer: {miss}")
            dup = [x for x in g.get("metonyms", []) if fold(x) in {fold(y) for y in le.get("metonyms", [])}]
            check(not dup, f"lexicon state {lid!r}: gazetteer metonyms {dup} already hand-written in the lexicon")

    # Names that more than one state claims would be ambiguous cues: none may be.
    owners = {}
    for e in ents:
        for k in ("label", "aliases", "demonyms", "capitals", "metonyms"):
            for v in [e[k]] if k == "label" else e.get(k, []):
                owners.setdefault(fold(v), set()).add(e["id"])
    for name, ids in sorted(owners.items()):
        check(len(ids) == 1, f"{name!r} names one state (names {sorted(ids)})")
    for n in notes:
        print(f"note: {n}")

    total = len(ents)
    count = lambda f: sum(1 for e in ents if f in e)
    names = lambda f: sum(len(e.get(f, [])) for e in ents)
    print(f"{total} states; wikidata {count('wikidata')}, aliases {count('aliases')} ({names('aliases')} names), "
          f"demonyms {count('demonyms')} ({names('demonyms')}), capitals {count('capitals')} ({names('capitals')}), "
          f"metonyms {count('metonyms')} ({names('metonyms')}), borders {count('borders')}")
    for f_ in failed:
        print(f"FAILED: {f_}")
    print(f"check: {passed} passed, {len(failed)} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
