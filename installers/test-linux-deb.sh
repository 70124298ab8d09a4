#!/usr/bin/env bash
# Proves the Linux package end to end, on this machine (run it before calling a packaging change done):
#   1. builds the .deb (installers/build-linux.sh; --no-build reuses target/installer/amparo_*.deb)
#   2. inspects it: no test data, no vault files, no prebuilt archive, no paths of the build machine in text files
#   3. installs it (dpkg -i), checks the menu entry and the class-data-sharing archive postinst makes
#   4. launches the installed app under Xvfb with a scratch HOME, checks the archive is used, takes a screenshot
#      (target/installer/installed-linux.png), creates a vault with the installed command line and checks it is in
#      the user's data folder and that nothing was written under /opt/amparo
#   5. installs the same package again (the upgrade path: prerm upgrade + postinst) and checks the vault is kept
#   6. removes it (dpkg -r amparo) and checks nothing of it is left, and that the user's vault is still there;
#      then purges dpkg's record of it (dpkg -P amparo)
# Needs root (or sudo), xvfb-run, xwininfo (x11-utils), ImageMagick and unzip or python3; it says what to
# apt-get if not. Takes a while: the build alone is several minutes (jpackage compresses ~140 MB).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/target/installer"
INSTALL_DIR=/opt/amparo
SUDO=
[ "$(id -u)" = 0 ] || SUDO=sudo

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
ok() {
    echo "ok   $*"
}

missing=()
command -v xvfb-run >/dev/null || missing+=(xvfb xauth)
command -v xwininfo >/dev/null || missing+=(x11-utils)
command -v import >/dev/null || missing+=(imagemagick)
if [ ${#missing[@]} -gt 0 ]; then
    echo "test-linux-deb.sh: missing tools; install them with: sudo apt-get install -y ${missing[*]}" >&2
    exit 2
fi
if dpkg -s amparo >/dev/null 2>&1 && dpkg -s amparo | grep -q '^Status: install ok installed'; then
    fail "amparo is already installed on this machine; remove it first (sudo dpkg -r amparo)"
fi

# 1. build
if [ "${1:-}" != "--no-build" ]; then
    "$root/installers/build-linux.sh"
fi
deb=$(ls "$out"/amparo_*.deb 2>/dev/null | head -n 1)
[ -f "$deb" ] || fail "no package in $out"
echo "Package: $deb"

scratch=$(mktemp -d)
cleanup() {
    if dpkg -s amparo >/dev/null 2>&1; then
        $SUDO dpkg -P amparo >/dev/null 2>&1 || true
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT

# 2. inspect the package
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
echo "$contents" | grep -E '\.mv\.db$|\.trace\.db$|\.lock\.db$|vault\.(properties|lock)$|/backups/' \
    && fail "the package holds vault files"
echo "$contents" | grep -E '\.jsa$' | grep -v "lib/runtime/lib/server/classes.jsa" \
    && fail "the package holds an app CDS archive (postinst makes it at the installed path)"
echo "$contents" | grep -E 'test-classes|surefire|/src/|\.java$' && fail "the package holds build or test files"
echo "$contents" | grep -qx "./opt/amparo/lib/app/amparo.jar" || fail "no amparo.jar in the package"
echo "$contents" | grep -qx "./opt/amparo/lib/app/amparo.classlist" || fail "no class list in the package"
ok "contents: $(echo "$contents" | wc -l) entries, no vault, test or build files"

dpkg-deb -x "$deb" "$scratch/pkg"
dpkg-deb -e "$deb" "$scratch/pkg/DEBIAN"
mkdir "$scratch/jar"
if command -v unzip >/dev/null; then
    unzip -q "$scratch/pkg$INSTALL_DIR/lib/app/amparo.jar" -d "$scratch/jar"
else
    python3 -c "import zipfile,sys; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])" \
        "$scratch/pkg$INSTALL_DIR/lib/app/amparo.jar" "$scratch/jar"
fi
[ -d "$scratch/jar/org/amparo/testing" ] && fail "amparo.jar holds test classes"
find "$scratch/jar" -iname '*test*' | grep -q . && fail "amparo.jar holds test files: $(find "$scratch/jar" -iname '*test*')"
ok "amparo.jar: no test classes or test data"
# text files of the package and of amparo.jar must not name this machine's folders
machine_paths="$root|/work/|/root/|/home/|/tmp/|$HOME/"
hits=$(grep -rIlE "$machine_paths" "$scratch/pkg" "$scratch/jar" 2>/dev/null || true)
[ -z "$hits" ] || fail "paths of the build machine in: $(echo "$hits" | sed "s:$scratch/::g")"
ok "no paths of the build machine in $(grep -rIl . "$scratch/pkg" "$scratch/jar" | wc -l) text files"
grep -q "SharedArchiveFile=\$APPDIR/amparo.jsa" "$scratch/pkg$INSTALL_DIR/lib/app/Amparo.cfg" \
    || fail "the launcher does not name the CDS archive"
grep -q "Categories=Office" "$scratch/pkg$INSTALL_DIR/lib/amparo-Amparo.desktop" || fail "no Office menu entry"
ok "launcher options and menu entry"

# 3. install
$SUDO dpkg -i "$deb" > "$scratch/dpkg-i.log" 2>&1 || { cat "$scratch/dpkg-i.log" >&2; fail "dpkg -i failed"; }
ok "dpkg -i"
[ -x "$INSTALL_DIR/bin/Amparo" ] || fail "no launcher at $INSTALL_DIR/bin/Amparo"
desktop=/usr/share/applications/amparo-Amparo.desktop
[ -f "$desktop" ] || fail "no menu entry $desktop"
grep -q "^Exec=$INSTALL_DIR/bin/Amparo" "$desktop" || fail "the menu entry does not start $INSTALL_DIR/bin/Amparo"
ok "menu entry: $desktop ($(grep '^Categories=' "$desktop"))"
[ -s "$INSTALL_DIR/lib/app/amparo.jsa" ] || fail "postinst made no CDS archive"
ok "CDS archive made at install: $(du -h "$INSTALL_DIR/lib/app/amparo.jsa" | cut -f1)"
find "$INSTALL_DIR" -printf '%p %s %T@\n' | sort > "$scratch/installed.before"

# 4. launch under Xvfb as a new user would (scratch home folder, no data yet). Java takes user.home from the user
#    database, not from $HOME, so the scratch home is given to every run with JAVA_TOOL_OPTIONS; XDG_DATA_HOME is
#    unset so the default data folder (~/.local/share/amparo) is the one tested.
home="$scratch/home"
mkdir -p "$home"
unset XDG_DATA_HOME
real_vault="$(getent passwd "$(id -un)" | cut -d: -f6)/.local/share/amparo"
real_vault_before=$(ls -la --time-style=full-iso "$real_vault" 2>/dev/null || true)
as_user=(env HOME="$home" JAVA_TOOL_OPTIONS="-Duser.home=$home")
cat > "$scratch/launch.sh" <<EOS
set -e
HOME="$home" JAVA_TOOL_OPTIONS="-Duser.home=$home" "$INSTALL_DIR/bin/Amparo" > "$scratch/app.log" 2>&1 &
app=\$!
for i in \$(seq 1 120); do
    if xwininfo -root -tree 2>/dev/null | grep -q '"Amparo"'; then break; fi
    sleep 0.5
done
sleep 3
import -window root "$scratch/shot.png"
kill \$app
wait \$app || true
# once more with class-loading logged: the install-time archive must be the one in use
HOME="$home" JAVA_TOOL_OPTIONS="-Duser.home=$home -Xlog:cds=info -Damparo.exitAfterStartup=true" "$INSTALL_DIR/bin/Amparo" \
    > "$scratch/cds.log" 2>&1
EOS
xvfb-run -a -s "-screen 0 1366x768x24" bash "$scratch/launch.sh"
[ -s "$scratch/shot.png" ] || fail "no screenshot"
/usr/bin/convert "$scratch/shot.png" -trim +repage -strip "$out/installed-linux.png" 2>/dev/null \
    || cp "$scratch/shot.png" "$out/installed-linux.png"
ok "screenshot: $out/installed-linux.png"
grep -q "Opened archive $INSTALL_DIR/lib/app/amparo.jsa" "$scratch/cds.log" || { cat "$scratch/cds.log" >&2; fail "the CDS archive was not opened"; }
grep -qiE "mismatch|Unable to use shared archive" "$scratch/cds.log" && { cat "$scratch/cds.log" >&2; fail "the CDS archive was refused"; }
ok "the installed app starts with its CDS archive"

"${as_user[@]}" AMPARO_PASSPHRASE="correct horse battery staple" "$INSTALL_DIR/bin/Amparo" init > "$scratch/init.log" 2>&1 \
    || { cat "$scratch/init.log" >&2; fail "amparo init failed"; }
[ -f "$home/.local/share/amparo/vault.properties" ] && [ -f "$home/.local/share/amparo/amparo.mv.db" ] \
    || fail "the vault is not in the user's data folder ($home/.local/share/amparo)"
"${as_user[@]}" AMPARO_PASSPHRASE="correct horse battery staple" "$INSTALL_DIR/bin/Amparo" check > "$scratch/check.log" 2>&1 \
    || { cat "$scratch/check.log" >&2; fail "amparo check failed"; }
[ "$(ls -la --time-style=full-iso "$real_vault" 2>/dev/null || true)" = "$real_vault_before" ] \
    || fail "the test touched this user's own data folder $real_vault"
ok "the installed command line made a vault in ~/.local/share/amparo and checked it"
find "$INSTALL_DIR" -printf '%p %s %T@\n' | sort > "$scratch/installed.after"
diff "$scratch/installed.before" "$scratch/installed.after" || fail "something was written under $INSTALL_DIR"
ok "nothing written under $INSTALL_DIR by running the app"

# 5. install again over itself (what an upgrade runs: old prerm upgrade, unpack, new postinst configure)
$SUDO dpkg -i "$deb" > "$scratch/dpkg-i2.log" 2>&1 || { cat "$scratch/dpkg-i2.log" >&2; fail "second dpkg -i failed"; }
[ -s "$INSTALL_DIR/lib/app/amparo.jsa" ] || fail "no CDS archive after the reinstall"
"${as_user[@]}" AMPARO_PASSPHRASE="correct horse battery staple" "$INSTALL_DIR/bin/Amparo" check > "$scratch/check2.log" 2>&1 \
    || { cat "$scratch/check2.log" >&2; fail "the vault does not open after the reinstall"; }
ok "reinstall keeps the vault and remakes the archive"

# 6. remove, then purge the package's record (dpkg keeps a removed package's scripts until it is purged)
$SUDO dpkg -r amparo > "$scratch/dpkg-r.log" 2>&1 || { cat "$scratch/dpkg-r.log" >&2; fail "dpkg -r failed"; }
[ ! -e "$INSTALL_DIR" ] || fail "$INSTALL_DIR is left after removal: $(find "$INSTALL_DIR" | head)"
[ ! -e "$desktop" ] || fail "the menu entry is left after removal"
dpkg -s amparo 2>/dev/null | grep -q '^Status: install ok installed' && fail "dpkg still lists amparo as installed"
[ -f "$home/.local/share/amparo/amparo.mv.db" ] || fail "removal touched the user's vault"
ok "dpkg -r: nothing left in $INSTALL_DIR or the menu; the user's vault is untouched"
$SUDO dpkg -P amparo > "$scratch/dpkg-p.log" 2>&1 || { cat "$scratch/dpkg-p.log" >&2; fail "dpkg -P failed"; }
dpkg -s amparo >/dev/null 2>&1 && fail "dpkg still knows amparo after the purge"
ok "dpkg -P: dpkg no longer knows the package"
echo "PASS"
