#!/usr/bin/env bash
# Builds the Linux installer target/installer/amparo_<version>-1_amd64.deb (Debian, Ubuntu and the like).
#   installers/build-linux.sh [--rebuild]     (--rebuild: run mvn package even if target/app looks current)
# Installs nothing: it checks what it needs and says what to apt-get if something is missing.
# The package installs to /opt/amparo, adds Amparo to the applications menu (Office), and keeps no data there:
# each user's vault lives in ~/.local/share/amparo (VaultFiles.defaultFolder()), which removal never touches.
set -euo pipefail
source "$(dirname "$0")/packaging.sh"

INSTALL_DIR=/opt/amparo
# Maintainer address for the package's control file; set AMPARO_MAINTAINER_EMAIL for a real release.
MAINTAINER_EMAIL=${AMPARO_MAINTAINER_EMAIL:-amparo@example.invalid}
# What the JavaFX native libraries inside the jars need (jpackage finds only the runtime's own).
LINUX_DEPS="libgtk-3-0 | libgtk-3-0t64, libgl1, libxtst6, libxxf86vm1, libfontconfig1, libfreetype6"

find_jdk /usr/lib/jvm/java-17-openjdk-amd64 "sudo apt-get install -y openjdk-17-jdk openjdk-17-jmods"
command -v fakeroot >/dev/null || missing+=("fakeroot (sudo apt-get install -y fakeroot)")
command -v dpkg-deb >/dev/null || missing+=("dpkg-deb (sudo apt-get install -y dpkg)")
if [ -z "${DISPLAY:-}" ]; then
    command -v xvfb-run >/dev/null || missing+=("a display for the training run, or Xvfb (sudo apt-get install -y xvfb xauth)")
fi
report_missing

build_app_if_needed "${1:-}"
make_runtime
stage_input
train_class_list
dump_base_archive

# jpackage's own postinst/prerm with the install-time archive added (see installers/linux/postinst)
mkdir -p "$out/resources"
for f in postinst prerm; do
    sed -e "s:@INSTALL_DIR@:$INSTALL_DIR:g" -e "s:@DESKTOP_FILE@:amparo-Amparo.desktop:g" \
        "$root/installers/linux/$f" > "$out/resources/$f"
done

common_jpackage_args
"$JDK/bin/jpackage" --type deb "${JPACKAGE_ARGS[@]}" \
    --icon "$root/installers/icon/amparo-256.png" \
    --resource-dir "$out/resources" \
    --java-options '-XX:SharedArchiveFile=$APPDIR/amparo.jsa' \
    --install-dir "$(dirname "$INSTALL_DIR")" \
    --linux-package-name amparo \
    --linux-deb-maintainer "$MAINTAINER_EMAIL" \
    --linux-menu-group Office \
    --linux-app-category misc \
    --linux-shortcut \
    --linux-package-deps "$LINUX_DEPS"

deb=$(ls "$out"/amparo_*.deb)
echo "Built $deb ($(du -h "$deb" | cut -f1))"
