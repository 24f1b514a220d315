#!/usr/bin/env python3
"""Validate data/gazetteer/places.tsv (Python 3.11+, standard library only).

  python3 tools/gazetteer/places_check.py [places.tsv] [states.toml] [entities.toml]

Checks the header and columns, ids (slugs, unique, not a state's or a hand-written
entity's id), that every state and region reference resolves, that no label or
alias is a state's name (label, alias, demonym, capital, metonym) or a hand-written
entity's name, that labels and aliases are unique across places, name lengths and
script, the sort order, the file size, and spot checks of a few rows. Prints a
closing line "check: N passed, N failed"; exits 1 if any check failed.
"""

import re
import sys
import tomllib
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the repo
sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import fold, latin_only, slug  # noqa: E402  (same folding as newsgraph)

ROOT = Path(__file__).resolve().parents[2]
HEADER = ["id", "label", "kind", "state", "region", "aliases"]
SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
MAX_BYTES = 3 * 1024 * 1024
# id -> expected (label, kind, state, region or None for "any", aliases that must be present)
SPOT = {
    "north-kivu": ("North Kivu", "region", "dr-congo", "", ["Nord-Kivu"]),
    "goma": ("Goma", "town", "dr-congo", "north-kivu", []),
    "chiang-rai": ("Chiang Rai", "region", "thailand", "", []),
    "balochistan": ("Balochistan", "region", "pakistan", "", []),
    "dajabon": ("Dajabón", "town", "dominican-republic", None, []),
    "kharkiv": ("Kharkiv", "town", "ukraine", "kharkiv-oblast", ["Kharkov"]),
    "kharkiv-oblast": ("Kharkiv Oblast", "region", "ukraine", "", []),
    "bavaria": ("Bavaria", "region", "germany", "", []),
    "munich": ("Munich", "town", "germany", "bavaria", []),
    "gaza": ("Gaza", None, "palestine", None, []),
    "hong-kong": ("Hong Kong", "region", "china", "", []),
    "rovaniemi": ("Rovaniemi", "town", "finland", "lapland", []),  # region: an entities.toml Place
}
# folded names that must not be labels or aliases (English words, persons, entities)
ABSENT = ["nice", "mobile", "split", "reading", "bath", "jackson", "washington", "murmansk oblast",
          "lapland", "imatra", "kirkenes", "moscow", "kyiv", "central region"]


def main():
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "data/gazetteer/places.tsv"
    states_path = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "data/gazetteer/states.toml"
    lexicon = Path(sys.argv[3]) if len(sys.argv) > 3 else ROOT / "data/lexicon/entities.toml"
    passed, failed = 0, []

    def check(ok, what):
        nonlocal passed
        if ok:
            passed += 1
        else:
            failed.append(what)

    with open(states_path, "rb") as f:
        states = tomllib.load(f)["entity"]
    state_ids = {e["id"] for e in states}
    state_names = {}
    for e in states:
        for n in [e["label"]] + e.get("aliases", []) + e.get("demonyms", []) + e.get("capitals", []) \
                + e.get("metonyms", []):
            state_names[fold(n)] = e["id"]
    with open(lexicon, "rb") as f:
        lex = tomllib.load(f).get("entity", [])
    ent_ids, ent_names, ent_places = set(), {}, set()
    for e in lex:
        eid = e.get("id") or slug(e["label"])
        ent_ids.add(eid)
        if e.get("type") == "Place":
            ent_places.add(eid)
        for n in [e["label"]] + e.get("aliases", []) + e.get("metonyms", []):
            ent_names[fold(n)] = eid

    data = path.read_bytes()
    check(len(data) < MAX_BYTES, f"file under 3 MB (got {len(data)} bytes)")
    text = data.decode("utf-8")
    check(text.endswith("\n") and "\r" not in text, "LF line endings, final newline")
    lines = text.split("\n")[:-1]
    comments = [l for l in lines if l.startswith("#")]
    body = [l for l in lines if not l.startswith("#")]
    check(lines[: len(comments)] == comments, "comment lines only at the top")
    check(any("GENERATED" in c for c in comments), "header says GENERATED")
    check(body and body[0].split("\t") == HEADER, f"header row {HEADER}")
    rows = []
    for i, l in enumerate(body[1:], len(comments) + 2):
        f = l.split("\t")
        check(len(f) == 6, f"line {i}: 6 fields")
        if len(f) == 6:
            rows.append(dict(zip(HEADER, f)))

    by_id = {}
    labels = {}
    names = {}
    for r in rows:
        rid, label = r["id"], r["label"]
        what = f"{rid!r}"
        check(all(r[k] for k in ("id", "label", "kind", "state")), f"{what}: id, label, kind, state not empty")
        check(all(v == v.strip() for v in r.values()), f"{what}: fields trimmed")
        check(bool(SLUG.fullmatch(rid)), f"{what}: id is a slug")
        check(rid == slug(label) or rid.startswith(slug(label) + "-"), f"{what}: id is the slug of the label"
              " (or of the label and the state)")
        check(rid not in by_id, f"{what}: id unique")
        check(rid not in state_ids and rid not in ent_ids, f"{what}: id not a state's or an entity's id")
        by_id[rid] = r
        check(r["kind"] in ("region", "town"), f"{what}: kind region or town")
        check(r["state"] in state_ids, f"{what}: state {r['state']!r} in states.toml")
        aliases = r["aliases"].split("|") if r["aliases"] else []
        check(len(aliases) <= 4, f"{what}: at most 4 aliases")
        check(len({fold(a) for a in aliases} | {fold(label)}) == len(aliases) + 1,
              f"{what}: aliases distinct from each other and the label (folded)")
        for n in [label] + aliases:
            fn = fold(n)
            check(len(n) >= 4, f"{what}: name {n!r} at least 4 characters")
            check(latin_only(n), f"{what}: name {n!r} in Latin script")
            check(n[:1].isupper() or not n[:1].isalpha(), f"{what}: name {n!r} capitalised")
            check(fn not in state_names, f"{what}: name {n!r} is not a name of state {state_names.get(fn)!r}")
            check(fn not in ent_names, f"{what}: name {n!r} is not a name of entity {ent_names.get(fn)!r}")
            check(fn not in names, f"{what}: name {n!r} not also a name of {names.get(fn)!r}")
            names[fn] = rid
        labels[fold(label)] = rid

    for rid, r in by_id.items():
        if r["kind"] == "region":
            check(r["region"] == "", f"{rid!r}: a region has no region")
        elif r["region"]:
            reg = by_id.get(r["region"])
            ok = (reg is not None and reg["kind"] == "region" and reg["state"] == r["state"]) \
                or r["region"] in ent_places
            check(ok, f"{rid!r}: region {r['region']!r} is a region row of the same state or a Place entity")

    key = [(r["state"], r["kind"] != "region", fold(r["label"]), r["label"], r["id"]) for r in rows]
    check(key == sorted(key), "rows sorted by state, kind (regions first), folded label")

    for rid, (label, kind, state, region, aliases) in SPOT.items():
        r = by_id.get(rid)
        check(r is not None, f"spot check: {rid!r} present")
        if r is None:
            continue
        check(r["label"] == label and r["kind"] == (kind or r["kind"]) and r["state"] == state,
              f"spot check: {rid!r} is {label!r}, {kind}, in {state} (got {r['label']!r}, {r['kind']}, {r['state']})")
        if region is not None:
            check(r["region"] == region, f"spot check: {rid!r} region {region!r} (got {r['region']!r})")
        for a in aliases:
            check(a in r["aliases"].split("|"), f"spot check: {rid!r} has alias {a!r}")
    for n in ABSENT:
        check(n not in names, f"spot check: {n!r} is not a place name (got {names.get(n)!r})")

    kinds = {k: sum(1 for r in rows if r["kind"] == k) for k in ("region", "town")}
    with_region = sum(1 for r in rows if r["kind"] == "town" and r["region"])
    with_aliases = sum(1 for r in rows if r["aliases"])
    print(f"{len(rows)} places: {kinds['region']} regions, {kinds['town']} towns ({with_region} with a region); "
          f"{with_aliases} with aliases; {len({r['state'] for r in rows})} states; {len(data)} bytes")
    for f_ in failed[:200]:
        print(f"FAILED: {f_}")
    if len(failed) > 200:
        print(f"... and {len(failed) - 200} more")
    print(f"check: {passed} passed, {len(failed)} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
