#!/usr/bin/env python3
"""Derive gold lines "Region located_in State" implied by a gold line "X located_in
Region|...|State" when the article names the region with its state ("State's Region",
"Region, State", "Region province of State"). Reads only the gold and the article text.

Usage: derive-regions.py GOLD.tsv CORPUS_DIR [--apply]   (prints the lines; --apply
appends each after its article's block)."""
import sys, re, os, glob, tomllib
gold, corpus = sys.argv[1], sys.argv[2]
apply = '--apply' in sys.argv
states = {}
for e in tomllib.load(open(os.path.join(os.path.dirname(__file__), '../../data/gazetteer/states.toml'),'rb'))['entity']:
    for n in [e['label']] + e.get('aliases', []):
        states[n.lower()] = e['label']
states.update({"côte d'ivoire":'Ivory Coast','ivory coast':'Ivory Coast','dr congo':'DR Congo','drc':'DR Congo'})
lines = open(gold).read().split('\n')
have = set()
for l in lines:
    f = l.split('\t')
    if len(f) >= 6 and f[2] == 'located_in':
        for s in f[1].split('|'):
            have.add((f[0], s.lower()))
texts = {}
def text(doc):
    if doc not in texts:
        p = glob.glob(os.path.join(corpus, doc + '.*'))
        texts[doc] = open(p[0]).read() if p else ''
    return texts[doc]
add = {}
for l in lines:
    f = l.split('\t')
    if len(f) < 6 or f[2] != 'located_in': continue
    alts = f[3].split('|')
    if len(alts) < 2 or alts[-1].lower() not in states: continue
    st = alts[-1]
    region_alts = [a for a in alts[:-1] if a.lower() not in states]
    if not region_alts: continue
    region = region_alts[0]
    if any((f[0], a.lower()) in have for a in region_alts): continue
    t = text(f[0])
    ok = False
    for a in region_alts:
        for sn in [n for n, lab in states.items() if lab == states[st.lower()]]:
            pats = [re.escape(sn) + r"['’]s\s+(?:\w+\s+){0,3}?" + re.escape(a),
                    re.escape(a) + r"(?:\s+\w+)?,\s+(?:in\s+)?" + re.escape(sn),
                    re.escape(a) + r"\s+(?:province|region|state|district|governorate|department|county)\s+(?:of|in)\s+" + re.escape(sn)]
            if any(re.search(p, t, re.I) for p in pats): ok = True
    if not ok: continue
    key = (f[0], region.lower())
    if key in add: continue
    have.add(key)
    add[key] = '\t'.join([f[0], '|'.join(region_alts), 'located_in', st, 'asserted', 'hard'])
for v in add.values(): print(v)
print(len(add), 'derived', file=sys.stderr)
if apply:
    out = []
    by_doc = {}
    for (d, _), v in add.items(): by_doc.setdefault(d, []).append(v)
    # insert after the last line of each doc
    last = {}
    for i, l in enumerate(lines):
        f = l.split('\t')
        if len(f) >= 6: last[f[0]] = i
    for i, l in enumerate(lines):
        out.append(l)
        for d, idx in last.items():
            if idx == i and d in by_doc: out.extend(by_doc[d])
    open(gold, 'w').write('\n'.join(out))
