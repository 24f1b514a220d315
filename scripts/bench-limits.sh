#!/usr/bin/env bash
# Builds one store per worst-case article at the readers' limits and prints a Markdown
# table of CPU time (user + system) and peak RSS: the "limits" rows of BENCHMARKS.md.
#
# Usage: scripts/bench-limits.sh
#   LIMITS_DIR  work directory (default: /tmp/newsgraph-limits)
#   NEWSGRAPH   binary (default: target/release/newsgraph)
#
# Needs python3 (to write the inputs) and GNU time (`apt-get install time`). Run from
# the crate root (the build uses ./data/lexicon).
set -euo pipefail

work=${LIMITS_DIR:-/tmp/newsgraph-limits}
bin=${NEWSGRAPH:-target/release/newsgraph}
mkdir -p "$work"

# 8 MiB (source::MAX_FILE_BYTES) of each shape; lines at most 64 KiB (MAX_LINE_BYTES).
python3 - "$work" <<'EOF'
import sys
out = sys.argv[1]
M = 8 << 20

def write(name, text):
    data = text.encode()
    assert len(data) <= M, (name, len(data))
    open(f"{out}/{name}", "wb").write(data)

line = "[" * 65536 + "\n"
write("brackets.md", "Finland closes [the border](https://example.org/a).\n"
      + line * ((M - 100) // len(line)))
script = "<script></script>"
write("scripts.html", "<p>Finland closes the border.</p>" + script * ((M - 100) // len(script)))
heads, size, n = [], 0, 0
while True:
    h = f"<h1>Finland closes crossing {n}</h1>"
    if size + len(h) > M - 100:
        break
    heads.append(h)
    size += len(h)
    n += 1
write("headings.html", "".join(heads) + "<p>Finland closes the border.</p>")
clause = "Finland accuses Russia of sending migrants to the border and "
run_on = (clause * (65400 // len(clause))).rstrip() + " and Poland.\n\n"
write("run-on.txt", "Finland closes the border.\n\n" + run_on * ((M - 100) // len(run_on)))
names = "Finland, Russia, Norway, Estonia, Latvia, "
commas = "Finland accuses " + (names * (65400 // len(names))).rstrip() + " and Poland.\n\n"
write("commas.txt", commas * ((M - 100) // len(commas)))
EOF

# Prose: generated articles (without their "News Feed" teasers, which end an article)
# joined into one file under 8 MiB.
rm -rf "$work/gen"
"$bin" gen --articles 6000 --seed 1 -o "$work/gen" >/dev/null
python3 - "$work" <<'EOF'
import glob, sys
out, M = sys.argv[1], 8 << 20
parts, size = [], 0
for f in sorted(glob.glob(f"{out}/gen/gen_*.txt")):
    t = open(f).read().split("\nNews Feed")[0].strip() + "\n\n"
    if size + len(t.encode()) > M:
        break
    parts.append(t)
    size += len(t.encode())
open(f"{out}/prose.txt", "w").write("".join(parts))
EOF

echo "| input | bytes | CPU s | peak RSS MB | build says |"
echo "|---|---|---|---|---|"
for f in prose.txt brackets.md scripts.html headings.html run-on.txt commas.txt; do
  rm -rf "$work/store"
  /usr/bin/time -f "%U %S %M" -o "$work/time" "$bin" build "$work/$f" --store "$work/store" \
    >"$work/out" 2>"$work/err"
  read -r user sys rss <"$work/time"
  said=$(cat "$work/out" "$work/err" | sed -e "s|$work/||g" | tr '\n' ' ' | cut -c1-160)
  printf '| %s | %s | %.2f | %d | %s |\n' "$f" "$(stat -c %s "$work/$f")" \
    "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$((rss / 1024))" "$said"
done
