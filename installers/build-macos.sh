#!/usr/bin/env bash
# Builds the macOS installer target/installer/Amparo-<version>.dmg. Run it on a Mac (jpackage makes installers
# for the system it runs on only); the same steps as build-linux.sh, with the macOS options.
#   installers/build-macos.sh [--rebuild]
# Needs: a Java 17 JDK with jmods (e.g. Temurin 17: brew install --cask temurin@17) and Maven (brew install maven).
# The build's training run opens Amparo's first window for a moment and closes it.
# Unsigned, the app is refused by Gatekeeper on other Macs until the user allows it (right-click > Open); for a
# release, add --mac-sign --mac-signing-key-user-name "Developer ID Application: ..." and notarize the .dmg.
# Each user's vault lives in ~/Library/Application Support/Amparo, never inside Amparo.app.
set -euo pipefail
source "$(dirname "$0")/packaging.sh"

find_jdk "$(/usr/libexec/java_home -v 17 2>/dev/null || true)" "brew install --cask temurin@17"
command -v hdiutil >/dev/null || missing+=("hdiutil (part of macOS)")
report_missing

build_app_if_needed "${1:-}"
make_runtime
stage_input
train_class_list
dump_base_archive

# No app-class archive: a .dmg has no install step to make it at the app's final path (Java 17 needs that), so
# the app starts with the runtime's archive from dump_base_archive (the JDK classes from the training list).
rm -f "$out/input/amparo.classlist"

common_jpackage_args
"$JDK/bin/jpackage" --type dmg "${JPACKAGE_ARGS[@]}" \
    --icon "$root/installers/icon/amparo.icns" \
    --mac-package-identifier org.amparo.app \
    --mac-package-name Amparo \
    --mac-app-category public.app-category.productivity

dmg=$(ls "$out"/Amparo-*.dmg)
echo "Built $dmg ($(du -h "$dmg" | cut -f1))"
