#!/usr/bin/env bash
# Adds every public symbol the build reports as undeclared (RS0016) to the project's PublicAPI.Unshipped.txt.
# Usage: eng/update-public-api.sh src/PeerLearning.X   (review the diff: public API changes are deliberate)
set -euo pipefail
project_dir=${1:?usage: eng/update-public-api.sh src/PeerLearning.X}
project_dir=${project_dir%/}
unshipped="$project_dir/PublicAPI.Unshipped.txt"
[ -f "$unshipped" ] || { echo "no $unshipped" >&2; exit 1; }
log=$(mktemp)
dotnet build "$project_dir" --no-incremental 2>&1 >"$log" || true
# Only symbols of this project: the error line names the project file at its end.
grep -E "error RS0016: Symbol '" "$log" \
  | grep -F "[$(cd "$project_dir" && pwd)/" \
  | sed -E "s/.*error RS0016: Symbol '(.*)' is not part of the declared public API.*/\1/" \
  | sort -u > "$log.symbols" || true
added=0
while IFS= read -r symbol; do
  [ -n "$symbol" ] || continue
  if ! grep -qxF -- "$symbol" "$unshipped"; then
    printf '%s\n' "$symbol" >> "$unshipped"
    added=$((added + 1))
  fi
done < "$log.symbols"
rm -f "$log" "$log.symbols"
echo "added $added symbol(s) to $unshipped"
