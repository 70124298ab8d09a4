# Builds the Windows installer target\installer\Amparo-<version>.msi. Run it on Windows (jpackage makes installers
# for the system it runs on only); the same steps as build-linux.sh, with the Windows options.
#   powershell -ExecutionPolicy Bypass -File installers\build-windows.ps1 [-Rebuild]
# Needs: a Java 17 JDK with jmods (e.g. Temurin 17), Maven, and the WiX Toolset 3.x (candle.exe, light.exe on PATH:
# https://wixtoolset.org/docs/wix3/). The build's training run opens Amparo's first window for a moment.
# The MSI installs per user (no administrator rights needed) into %LOCALAPPDATA%\Amparo; each user's vault lives in
# %APPDATA%\Amparo, which an upgrade or uninstall never touches. The upgrade code below must never change: it is
# how a newer MSI finds and replaces the older one.
param([switch]$Rebuild)
$ErrorActionPreference = 'Stop'

$MainClass = 'org.amparo.app.Main'
$Vendor = 'Amparo project'
$Copyright = 'Copyright (C) 2026 the Amparo contributors. GPL-3.0-or-later.'
$UpgradeUuid = '6d3f1f3e-6a51-4d5c-9a8e-2f0b7c4e9a11'

$Root = Resolve-Path (Join-Path $PSScriptRoot '..')
$Out = Join-Path $Root 'target\installer'
$Missing = @()

# Runs a native command with its standard error merged into the output, as text (Windows PowerShell 5.1 would
# otherwise stop at the first line a program writes to standard error, e.g. JavaFX's warnings).
function Invoke-Native([scriptblock]$Command) {
    $old = $ErrorActionPreference
    $ErrorActionPreference = 'Continue'
    try { & $Command 2>&1 | ForEach-Object { "$_" } } finally { $ErrorActionPreference = $old }
}

function Pom-Value([string]$tag) {
    $m = Select-String -Path (Join-Path $Root 'pom.xml') -Pattern "<$tag>(.*)</$tag>" | Select-Object -First 1
    return $m.Matches[0].Groups[1].Value
}

# Java 17 JDK with jlink, jpackage and jmods
$Jdk = $env:JAVA_HOME
if (-not $Jdk -or -not (Test-Path "$Jdk\bin\jpackage.exe") -or -not (Test-Path "$Jdk\bin\jlink.exe")) {
    $Missing += 'a Java 17 JDK with jlink and jpackage (e.g. winget install EclipseAdoptium.Temurin.17.JDK), and JAVA_HOME set to it'
} else {
    $settings = Invoke-Native { & "$Jdk\bin\java.exe" -XshowSettings:properties -version }
    $spec = ($settings | Select-String 'java.specification.version = (.*)').Matches[0].Groups[1].Value
    if ($spec -ne '17') { $Missing += "Java 17: JAVA_HOME=$Jdk is Java $spec" }
    if (-not (Test-Path "$Jdk\jmods\java.base.jmod")) { $Missing += "the JDK's jmods in $Jdk\jmods" }
}
if (-not (Get-Command candle.exe -ErrorAction SilentlyContinue) -or -not (Get-Command light.exe -ErrorAction SilentlyContinue)) {
    $Missing += 'the WiX Toolset 3.x (candle.exe and light.exe on PATH)'
}
if ($Missing.Count -gt 0) {
    Write-Error ("cannot build the installer; missing:`n  - " + ($Missing -join "`n  - "))
    exit 2
}

# 1. the app, when missing, asked for or older than the sources
$Jar = Join-Path $Root 'target\app\amparo.jar'
$stale = (Test-Path $Jar) -and (Get-ChildItem (Join-Path $Root 'src\main'), (Join-Path $Root 'pom.xml') -Recurse -File |
        Where-Object { $_.LastWriteTime -gt (Get-Item $Jar).LastWriteTime } | Select-Object -First 1)
if ($Rebuild -or -not (Test-Path $Jar) -or $stale) {
    Write-Host 'Building the app: mvn -B -q package -DskipTests'
    Push-Location $Root; & mvn -B -q package -DskipTests; $rc = $LASTEXITCODE; Pop-Location
    if ($rc -ne 0) { exit $rc }
}

# 2. the runtime image (same modules and options as packaging.sh)
if (Test-Path $Out) { Remove-Item -Recurse -Force $Out }
New-Item -ItemType Directory -Force $Out | Out-Null
$Modules = (Get-Content (Join-Path $Root 'installers\runtime-modules.txt') | Where-Object { $_ -notmatch '^\s*(#|$)' }) -join ','
& "$Jdk\bin\jlink.exe" --add-modules $Modules --include-locales=en,es --strip-debug --no-header-files --no-man-pages --output "$Out\runtime"
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }

# the app folder: amparo.jar and lib\*.jar only
New-Item -ItemType Directory -Force "$Out\input\lib" | Out-Null
Copy-Item $Jar "$Out\input\"
Copy-Item (Join-Path $Root 'target\app\lib\*.jar') "$Out\input\lib\"

# 3. training run up to the first window (scratch profile folders: the builder's own vault is never seen)
$Scratch = Join-Path ([IO.Path]::GetTempPath()) ([Guid]::NewGuid())
New-Item -ItemType Directory $Scratch | Out-Null
$RealAppData = $env:APPDATA
$env:APPDATA = $Scratch
$List = "$Out\amparo.classlist"
$log = Invoke-Native { & "$Out\runtime\bin\java.exe" "-XX:DumpLoadedClassList=$List" -Damparo.exitAfterStartup=true "-Duser.home=$Scratch" -cp "$Out\input\amparo.jar" $MainClass }
$env:APPDATA = $RealAppData
Remove-Item -Recurse -Force $Scratch
if (-not ($log -match 'amparo.startup.window-shown') -or -not (Test-Path $List)) {
    $log | Write-Host; Write-Error 'the training run did not show the first window'; exit 1
}

# 4. the runtime's CDS archive of the JDK classes in the list (no app-class archive: an MSI has no step here that
#    runs Java at the installed path, which Java 17 needs for one)
Invoke-Native { & "$Out\runtime\bin\java.exe" -Xshare:dump "-XX:SharedClassListFile=$List" } | Out-Null
if ($LASTEXITCODE -ne 0) { Write-Error 'the base CDS archive failed'; exit 1 }

# 5. jpackage: the shared options, then the Windows ones
& "$Jdk\bin\jpackage.exe" --type msi `
    --name Amparo `
    --app-version (Pom-Value 'version') `
    --vendor $Vendor `
    --description (Pom-Value 'description') `
    --copyright $Copyright `
    --license-file (Join-Path $Root 'LICENSE') `
    --input "$Out\input" `
    --main-jar amparo.jar `
    --main-class $MainClass `
    --runtime-image "$Out\runtime" `
    --dest $Out `
    --icon (Join-Path $Root 'installers\icon\amparo.ico') `
    --win-menu --win-menu-group Amparo `
    --win-shortcut `
    --win-per-user-install `
    --win-dir-chooser `
    --win-upgrade-uuid $UpgradeUuid
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
Get-ChildItem "$Out\Amparo-*.msi" | ForEach-Object { Write-Host "Built $($_.FullName) ($([math]::Round($_.Length / 1MB)) MB)" }
