#!/usr/bin/env bash
# Builds stores from generated corpora and measures them: build time and peak RSS,
# store size per fact, and time from process start to the first answer.
#
# Usage: scripts/bench-corpus.sh [N...]        (default: 1000 10000)
#   BENCH_DIR  work directory (default: /tmp/newsgraph-bench); corpora and stores go here
#   BENCH_OUT  Markdown table (default: $BENCH_DIR/results.md)
#   SEED       generator seed (default: 1)
#   NEWSGRAPH  binary (default: target/release/newsgraph, built if missing)
#   RUNS       runs of the first-answer timing, median taken (default: 5)
#
# Run from the crate root (the generator and the build use ./data/lexicon).
set -euo pipefail

sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)
work=${BENCH_DIR:-/tmp/newsgraph-bench}
out=${BENCH_OUT:-$work/results.md}
seed=${SEED:-1}
bin=${NEWSGRAPH:-target/release/newsgraph}
query="who accused Russia of what?"
runs=${RUNS:-5}

[ -x "$bin" ] || cargo build --release --quiet
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install -y time)" >&2; exit 1; }
mkdir -p "$work"

# Median of numbers on stdin.
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }

{
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo); $(date -u +%Y-%m-%d); seed $seed."
  echo
  echo "| articles | words | facts | quads | build wall (s) | build peak RSS (MB) | store size (MB) | bytes/fact | first answer, median of $runs (ms) |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} > "$out"

for n in "${sizes[@]}"; do
  corpus="$work/corpus_$n"
  store="$work/store_$n"
  if [ ! -f "$corpus/gold.tsv" ] || [ "$(ls "$corpus" | wc -l)" -ne $((n + 1)) ]; then
    rm -rf "$corpus"
    "$bin" gen --articles "$n" --seed "$seed" -o "$corpus" >&2
  fi
  words=$(find "$corpus" -name "gen_*.txt" -print0 | xargs -0 cat | wc -w)
  rm -rf "$store"
  /usr/bin/time -v -o "$work/time_$n.txt" "$bin" --store "$store" build "$corpus" >&2
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$work/time_$n.txt")
  rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time_$n.txt")
  facts=$("$bin" --store "$store" stats --format json | awk -F': ' '/"facts"/ {gsub(/[ ,]/, "", $2); print $2; exit}')
  quads=$("$bin" --store "$store" export --format nquads | wc -l)
  bytes=$(du -sb "$store" | cut -f1)
  if command -v hyperfine > /dev/null; then
    hyperfine --runs "$runs" --warmup 1 --style none --export-json "$work/first_$n.json" \
      "$bin --store $store ask '$query'" > /dev/null
    first=$(python3 -c "import json,sys; print(round(json.load(open(sys.argv[1]))['results'][0]['median'] * 1000))" "$work/first_$n.json")
  else
    "$bin" --store "$store" ask "$query" > /dev/null # warm the page cache
    first=$(for _ in $(seq "$runs"); do
      t0=$(date +%s%N)
      "$bin" --store "$store" ask "$query" > /dev/null
      echo $((($(date +%s%N) - t0) / 1000000))
    done | median)
  fi
  printf '| %s | %s | %s | %s | %s | %.0f | %.1f | %.0f | %s |\n' \
    "$n" "$words" "$facts" "$quads" "$wall" "$(echo "$rss_kb / 1024" | bc -l)" \
    "$(echo "$bytes / 1048576" | bc -l)" "$(echo "$bytes / $facts" | bc -l)" "$first" >> "$out"
  tail -1 "$out" >&2
done

cat "$out"
