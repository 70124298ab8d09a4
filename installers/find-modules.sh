#!/usr/bin/env bash
# Prints the Java modules that amparo.jar and its libraries use (jdeps), one a line, and with --check says which
# of them installers/runtime-modules.txt lacks (exit 1 if any). Needs `mvn -B -q package -DskipTests` first.
# The app runs on the class path, so each jar is unpacked without its module-info (jdeps would otherwise try to
# resolve the libraries' module graph and stop at the first optional module that is not there).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
app="$root/target/app"
[ -f "$app/amparo.jar" ] || { echo "find-modules.sh: no $app/amparo.jar; run: mvn -B -q package -DskipTests" >&2; exit 2; }
jdk_bin=$(dirname "$(readlink -f "$(command -v jdeps)")")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for jar in "$app/amparo.jar" "$app"/lib/*.jar; do
    dir="$work/$(basename "$jar" .jar)"
    mkdir "$dir"
    (cd "$dir" && "$jdk_bin/jar" xf "$jar")
    find "$dir" -name module-info.class -delete
    # classes for Java versions after 17 are never loaded by the Java 17 runtime
    for v in "$dir"/META-INF/versions/*; do
        if [ -d "$v" ] && [ "$(basename "$v")" -gt 17 ]; then rm -rf "$v"; fi
    done
done
found=$("$jdk_bin/jdeps" --ignore-missing-deps --print-module-deps --multi-release 17 "$work"/*/ | tail -n 1 | tr ',' '\n')
if [ "${1:-}" = "--check" ]; then
    listed=$(grep -v '^[[:space:]]*#' "$root/installers/runtime-modules.txt" | sed '/^[[:space:]]*$/d')
    missing=$(comm -23 <(echo "$found" | sort) <(echo "$listed" | sort))
    if [ -n "$missing" ]; then
        echo "find-modules.sh: installers/runtime-modules.txt lacks:" $missing >&2
        exit 1
    fi
    echo "find-modules.sh: installers/runtime-modules.txt holds every module jdeps found ($(echo "$found" | wc -l))."
else
    echo "$found"
fi
