#!/usr/bin/env bash
# The time of the last test run per layer of the test pyramid, from the Surefire reports
# (target/surefire-reports/TEST-*.xml): each test class's time (the first class of a Spring context
# carries that context's start) summed by its layer, with the slowest classes of each layer.
# A class's layer is its JUnit tag (unit, web, db, integration, browser; see src/test), found in its
# source or in the class it extends; a class with none is a unit test.
# Usage: bash scripts/test-times.sh [reports-folder] [slowest-per-layer=5]
set -euo pipefail
cd "$(dirname "$0")/.."

reports="${1:-target/surefire-reports}"
top="${2:-5}"
shopt -s nullglob
files=("$reports"/TEST-*.xml)
if [ "${#files[@]}" -eq 0 ]; then
  echo "test-times.sh: no Surefire reports in $reports (run the tests first)" >&2
  exit 1
fi

source_of() {
  local path="src/test/java/${1//.//}.java"
  [ -f "$path" ] && echo "$path"
}

# The layer tag declared on a class, directly, through a meta-annotation or through its superclass.
layer_of() {
  local class="$1" file parent pkg depth
  for depth in 1 2 3 4; do
    file="$(source_of "$class")" || { echo unit; return; }
    local tag
    tag="$(grep -oE '@Tag\("(unit|web|db|integration|browser)"\)|@(WebSliceTest|RepositoryTest)\b' "$file" | head -1 || true)"
    case "$tag" in
      *WebSliceTest*) echo web; return ;;
      *RepositoryTest*) echo db; return ;;
      @Tag*) tag="${tag#@Tag(\"}"; echo "${tag%\")}"; return ;;
    esac
    parent="$(grep -oE 'class [A-Za-z0-9_]+ extends [A-Za-z0-9_.]+' "$file" | head -1 | awk '{print $4}' || true)"
    [ -n "$parent" ] || break
    if [[ "$parent" != *.* ]]; then
      local imported
      imported="$(grep -oE "^import [a-z0-9_.]+\.$parent;" "$file" | head -1 | sed -E 's/^import (.*);/\1/' || true)"
      if [ -n "$imported" ]; then
        parent="$imported"
      else
        pkg="${class%.*}"
        parent="$pkg.$parent"
      fi
    fi
    class="$parent"
  done
  echo unit
}

rows="$(mktemp)"
trap 'rm -f "$rows"' EXIT
for f in "${files[@]}"; do
  head="$(grep -m1 -oE '<testsuite [^>]*>' "$f")"
  name="$(sed -nE 's/.* name="([^"]+)".*/\1/p' <<<"$head")"
  time="$(sed -nE 's/.* time="([0-9.,]+)".*/\1/p' <<<"$head" | tr -d ,)"
  tests="$(sed -nE 's/.* tests="([0-9]+)".*/\1/p' <<<"$head")"
  printf '%s\t%s\t%s\t%s\n' "$(layer_of "$name")" "$time" "$tests" "$name" >>"$rows"
done

awk -F'\t' -v top="$top" '
  { layer[$1] += $2; classes[$1]++; tests[$1] += $3; total += $2; line[$1, classes[$1]] = sprintf("%9.1f s  %s", $2, $4) }
  END {
    split("unit web db integration browser", order, " ")
    printf "%-12s %8s %8s %10s\n", "layer", "classes", "tests", "time"
    for (i = 1; i <= 5; i++) { l = order[i]; if (classes[l]) printf "%-12s %8d %8d %9.1f s\n", l, classes[l], tests[l], layer[l] }
    printf "%-12s %8s %8s %9.1f s\n", "all", "", "", total
  }' "$rows"
echo
for layer in unit web db integration browser; do
  if grep -q "^$layer	" "$rows"; then
    echo "slowest $layer:"
    grep "^$layer	" "$rows" | sort -t$'\t' -k2 -rn | head -n "$top" | awk -F'\t' '{ printf "%9.1f s  %s\n", $2, $4 }'
  fi
done
