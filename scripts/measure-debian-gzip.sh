#!/usr/bin/env bash
# Measures what Debian packages add to a gzipped image layer: each package of the list is downloaded from the apt
# sources in use (this machine's, or another release's through APT_CONFIG), unpacked, and its files tarred and gzipped
# at level 6 as a layer blob is; then again without what Debian's slim images keep out of every install
# (debuerreotype's .slimify-excludes, as dpkg path-excludes: documentation but copyright files, man and info pages,
# translations, lintian overrides). Prints one JSON object, package name → [version, .deb bytes, gzipped bytes,
# gzipped bytes as slim images install it, bytes slim images leave out].
# Run by hand on a Debian machine with network access to the mirror; build-size-data.mjs reads the result
# (scripts/data/debian-<release>-gzip-bytes.json). On bookworm:
#   scripts/measure-debian-gzip.sh scripts/data/debian-bookworm-gzip-packages.txt > scripts/data/debian-bookworm-gzip-bytes.json
# For trixie, with an apt configuration whose sources are trixie's (see lib/analysis/size/data/SOURCE.md):
#   APT_CONFIG=/tmp/trixie-apt/apt.conf scripts/measure-debian-gzip.sh scripts/data/debian-trixie-gzip-packages.txt > scripts/data/debian-trixie-gzip-bytes.json
set -euo pipefail
list=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

# In batches; a batch apt cannot take whole (a name it has no candidate for) is fetched name by name.
xargs -a "$list" -n 100 sh -c 'apt-get download -q "$@" >/dev/null 2>&1 || for name in "$@"; do apt-get download -q "$name" >/dev/null 2>&1 || echo "not downloadable: $name" >&2; done' sh

measure() {
  deb=$1
  dir=$(mktemp -d -p .)
  dpkg-deb -x "$deb" "$dir"
  all=$(tar -C "$dir" -cf - . | gzip -6 | wc -c)
  # Paths slim images leave out, but for the ones they keep (.slimify-includes).
  left_out=$(cd "$dir" && find usr/share/doc usr/share/info usr/share/linda usr/share/lintian/overrides usr/share/locale usr/share/man \
    usr/share/gnome/help ! -type d ! -path 'usr/share/doc/*/copyright' ! -path 'usr/share/gnome/help/*/C/*' \
    ! -path 'usr/share/locale/locale.alias' ! -path 'usr/share/locale/languages' ! -path 'usr/share/locale/all_languages' \
    ! -path 'usr/share/locale/currency/*' ! -path 'usr/share/locale/l10n/*' 2>/dev/null || true)
  docs=$(cd "$dir" && printf '%s\n' "$left_out" | grep -v '^$' | xargs -r -d '\n' stat -c %s | awk '{ sum += $1 } END { print sum + 0 }')
  (cd "$dir" && printf '%s\n' "$left_out" | grep -v '^$' | xargs -r -d '\n' rm -f)
  slim=$(tar -C "$dir" -cf - . | gzip -6 | wc -c)
  printf '%s %s %s %s %s %s\n' "$(dpkg-deb -f "$deb" Package)" "$(dpkg-deb -f "$deb" Version)" "$(stat -c %s "$deb")" "$all" "$slim" "$docs"
  rm -rf "$dir"
}
export -f measure
ls -- *.deb | xargs -P "$(nproc)" -I{} bash -c 'measure "$1"' _ {} \
  | sort | node -e '
    const rows = require("fs").readFileSync(0, "utf8").trim().split("\n").map((line) => line.split(" "));
    console.log(JSON.stringify(Object.fromEntries(rows.map(([name, version, ...sizes]) => [name, [version, ...sizes.map(Number)]]))));
  '
