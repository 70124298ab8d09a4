# Steps shared by build-linux.sh and build-macos.sh (sourced, not run). build-windows.ps1 does the same steps
# in PowerShell. Every step writes under target/installer/ only; nothing is installed on the build machine.
#
#   1. build the app (mvn package) if target/app is missing or older than the sources
#   2. jlink a Java 17 runtime with the modules in installers/runtime-modules.txt (JavaFX stays on the class
#      path, in lib/, as the app runs from a source checkout)
#   3. a training run of the app up to its first window lists the classes it loads (amparo.classlist)
#   4. a class-data-sharing (CDS) archive of the runtime's own classes from that list (lib/server/classes.jsa):
#      it does not depend on where the app is installed, so every platform gets it
#   5. jpackage with the options below plus the platform's own

AMPARO_MAIN_CLASS=org.amparo.app.Main
AMPARO_VENDOR="Amparo project"
AMPARO_COPYRIGHT="Copyright (C) 2026 the Amparo contributors. GPL-3.0-or-later."

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out="$root/target/installer"
missing=()

fail() {
    echo "$(basename "$0"): $*" >&2
    exit 1
}

# The first <tag> of the pom (the project's own name, version and description come before any dependency).
pom_value() {
    sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$root/pom.xml" | head -n 1
}

# Finds a Java 17 JDK with jlink, jpackage and jmods: $JAVA_HOME, else the given default folder.
find_jdk() {
    local default_home=$1 install_hint=$2
    JDK=${JAVA_HOME:-$default_home}
    if [ ! -x "$JDK/bin/jpackage" ] || [ ! -x "$JDK/bin/jlink" ]; then
        missing+=("a Java 17 JDK with jlink and jpackage ($install_hint), or JAVA_HOME pointing at one")
        return
    fi
    local major
    major=$("$JDK/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    [ "$major" = "17" ] || missing+=("Java 17: JAVA_HOME=$JDK is Java $major ($install_hint)")
    [ -f "$JDK/jmods/java.base.jmod" ] || missing+=("the JDK's jmods in $JDK/jmods ($install_hint)")
}

report_missing() {
    if [ ${#missing[@]} -gt 0 ]; then
        echo "$(basename "$0"): cannot build the installer; missing:" >&2
        printf '  - %s\n' "${missing[@]}" >&2
        exit 2
    fi
}

# 1. target/app, rebuilt when missing, asked for (--rebuild) or older than the pom or any source file.
build_app_if_needed() {
    local jar="$root/target/app/amparo.jar"
    if [ "${1:-}" = "--rebuild" ] || [ ! -f "$jar" ] \
            || [ -n "$(find "$root/pom.xml" "$root/src/main" -newer "$jar" -type f -print -quit)" ]; then
        command -v mvn >/dev/null || fail "Maven is needed to build the app first (mvn -B -q package -DskipTests)"
        echo "Building the app: mvn -B -q package -DskipTests"
        (cd "$root" && JAVA_HOME="$JDK" mvn -B -q package -DskipTests)
    fi
    [ -f "$jar" ] || fail "the build made no $jar"
}

# 2. The runtime image: only the modules the app uses, English and Spanish locale data, no debug data. Left
#    uncompressed (92 MB instead of 65 MB with --compress=2; the installer file is compressed anyway): the bare
#    window opened about 10 % sooner from it in 6 alternating runs here.
make_runtime() {
    local modules
    modules=$(grep -v '^[[:space:]]*#' "$root/installers/runtime-modules.txt" | sed '/^[[:space:]]*$/d' | paste -sd, -)
    rm -rf "$out"
    mkdir -p "$out"
    "$JDK/bin/jlink" --add-modules "$modules" --include-locales=en,es --strip-debug --no-header-files \
        --no-man-pages --output "$out/runtime"
}

# The app folder that jpackage packs: amparo.jar, lib/*.jar and the class list (nothing else: no test data).
stage_input() {
    mkdir -p "$out/input/lib"
    cp "$root/target/app/amparo.jar" "$out/input/"
    cp "$root/target/app/lib/"*.jar "$out/input/lib/"
}

# 3. Runs the app from the staged folder until its first window is shown (amparo.exitAfterStartup) and keeps the
#    list of classes loaded. Its home folder (user.home, which Java takes from the user database, not from $HOME)
#    and data folder are a scratch folder: the run never sees or writes the builder's own vault.
#    Needs a display: the current one, or Xvfb through xvfb-run.
train_class_list() {
    local scratch list="$out/input/amparo.classlist" runner=()
    scratch=$(mktemp -d)
    if [ -z "${DISPLAY:-}" ] && [ "$(uname)" = "Linux" ]; then
        runner=(xvfb-run -a -s "-screen 0 1366x768x24")
    fi
    echo "Training run (class list for class-data sharing)"
    if ! HOME="$scratch" XDG_DATA_HOME="$scratch/data" ${runner[@]+"${runner[@]}"} "$out/runtime/bin/java" \
            "-XX:DumpLoadedClassList=$list" -Damparo.exitAfterStartup=true "-Duser.home=$scratch" \
            -cp "$out/input/amparo.jar" "$AMPARO_MAIN_CLASS" > "$scratch/training.log" 2>&1 \
            || ! grep -q 'amparo.startup.window-shown' "$scratch/training.log"; then
        cat "$scratch/training.log" >&2
        rm -rf "$scratch"
        fail "the training run did not show the first window"
    fi
    rm -rf "$scratch"
    [ -s "$list" ] || fail "the training run wrote no class list"
}

# 4. The runtime's default CDS archive, made from the classes of the list that the runtime itself holds
#    (the app's own classes are left out here: the JVM accepts those only at the path they were archived from).
dump_base_archive() {
    "$out/runtime/bin/java" -Xshare:dump "-XX:SharedClassListFile=$out/input/amparo.classlist" \
        > "$out/base-archive.log" 2>&1 || { cat "$out/base-archive.log" >&2; fail "the base CDS archive failed"; }
    rm -f "$out/base-archive.log"
}

# 5. The jpackage options every platform shares.
common_jpackage_args() {
    JPACKAGE_ARGS=(
        --name Amparo
        --app-version "$(pom_value version)"
        --vendor "$AMPARO_VENDOR"
        --description "$(pom_value description)"
        --copyright "$AMPARO_COPYRIGHT"
        --license-file "$root/LICENSE"
        --input "$out/input"
        --main-jar amparo.jar
        --main-class "$AMPARO_MAIN_CLASS"
        --runtime-image "$out/runtime"
        --dest "$out"
    )
}
