#!/bin/sh
# vendor.sh copies the minified front-end libraries that tally serve uses
# from node_modules into static/vendor/, with their licences. The result is
# committed and embedded with go:embed, so building tally needs only Go and
# the pages never fetch anything from a CDN.
#
#   cd web && npm ci && npm run vendor     # or: sh vendor.sh after npm ci
#
# Versions are pinned in package.json and package-lock.json.
set -eu
cd "$(dirname "$0")"
nm=node_modules
out=static/vendor
if [ ! -d "$nm/htmx.org" ]; then
	echo "vendor.sh: run 'npm ci' in web/ first" >&2
	exit 1
fi
rm -rf "$out"
mkdir -p "$out/licenses"
cp "$nm/htmx.org/dist/htmx.min.js" "$out/htmx.min.js"
cp "$nm/uplot/dist/uPlot.iife.min.js" "$out/uPlot.iife.min.js"
cp "$nm/uplot/dist/uPlot.min.css" "$out/uPlot.min.css"
cp "$nm/leaflet/dist/leaflet.js" "$out/leaflet.js"
cp "$nm/leaflet/dist/leaflet.css" "$out/leaflet.css"
cp "$nm/topojson-client/dist/topojson-client.min.js" "$out/topojson-client.min.js"
# Natural Earth 1:50m country borders, as TopoJSON: the offline basemap.
cp "$nm/world-atlas/countries-50m.json" "$out/countries-50m.json"
for p in htmx.org uplot leaflet topojson-client world-atlas; do
	cp "$nm/$p/LICENSE" "$out/licenses/$p.LICENSE"
done
# Record what was copied, so a reviewer can tell the versions at a glance.
node -e '
const ps = ["htmx.org", "uplot", "leaflet", "topojson-client", "world-atlas"];
for (const p of ps) console.log(p + " " + require("./node_modules/" + p + "/package.json").version);
' > "$out/VERSIONS"
echo "vendor.sh: copied into $out:"
cat "$out/VERSIONS"
