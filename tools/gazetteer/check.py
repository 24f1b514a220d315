#!/usr/bin/env python3
"""Validate data/gazetteer/states.toml (Python 3.11+, standard library only).

  python3 tools/gazetteer/check.py [data/gazetteer/states.toml] [data/lexicon/entities.toml]

Checks the structure (fields, types, slugs, codes, QIDs), that borders are
symmetric and resolvable, that the ids newsgraph already uses are present with
their labels, a set of spot checks, and agreement with the State entities of
newsgraph's lexicon (same QID; border differences are only reported). Prints
warnings for names shared by several states (ambiguous cues), then a closing
line "check: N passed, N failed"; exits 1 if any check failed.
"""

import re
import sys
import tomllib
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the repo
sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import fold, slug  # noqa: E402  (same folding as newsgraph)

ROOT = Path(__file__).resolve().parents[2]
FIELDS = ["label", "type", "id", "aliases", "codes", "wikidata", "demonyms", "capitals", "borders"]
LISTS = {"aliases", "codes", "demonyms", "capitals", "borders"}
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
            check(len(a) >= 3, f"{name}: alias {a!r} at least 3 characters")
            check(fold(a) != fold(name), f"{name}: alias {a!r} differs from the label")
            check(a not in codes, f"{name}: alias {a!r} is not an ISO code")

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
            for field in ("aliases", "demonyms", "capitals"):
                miss = [x for x in le.get(field, []) if fold(x) not in {fold(y) for y in g.get(field, [])}]
                if miss:
                    notes.append(f"{lid}: lexicon {field} not in gazetteer: {miss}")

    # Names that more than one state claims (ambiguous cues): warnings only.
    owners = {}
    for e in ents:
        for k in ("label", "aliases", "demonyms", "capitals"):
            for v in [e[k]] if k == "label" else e.get(k, []):
                owners.setdefault(fold(v), set()).add(e["id"])
    for name, ids in sorted(owners.items()):
        if len(ids) > 1:
            print(f"warning: {name!r} names several states: {sorted(ids)}")
    for n in notes:
        print(f"note: {n}")

    total = len(ents)
    count = lambda f: sum(1 for e in ents if f in e)
    print(f"{total} states; wikidata {count('wikidata')}, aliases {count('aliases')}, "
          f"demonyms {count('demonyms')}, capitals {count('capitals')}, borders {count('borders')}")
    for f_ in failed:
        print(f"FAILED: {f_}")
    print(f"check: {passed} passed, {len(failed)} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
