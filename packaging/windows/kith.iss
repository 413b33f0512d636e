; Inno Setup script for Kith on Windows: installs the PyInstaller folder (dist\kith) per user
; or for all users, with a Start menu entry and an uninstaller.
; Build: make bundle (on Windows: see .github/workflows/build.yml), then
;   iscc /DAppVersion=0.1.0 packaging\windows\kith.iss
; The installer lands in dist\Kith-<version>-setup.exe.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Kith"
#define AppId "org.kith.Kith"
#define Root "..\.."

[Setup]
; A fixed AppId lets later versions upgrade this install instead of adding a second one.
AppId={{6C1E3A52-3B0F-4C0B-9C37-4B1D2F7E6A10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Kith developers
AppPublisherURL=https://kith.example.org/
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=Kith-{#AppVersion}-setup
SetupIconFile={#Root}\build\icons\kith.ico
UninstallDisplayIcon={app}\kith.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Inno Setup ships no Indonesian messages file with the compiler; add one here when available.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\kith\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\kith.exe"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\kith.exe"; Tasks: desktopicon; AppUserModelID: "{#AppId}"

[Run]
Filename: "{app}\kith.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The user's data (kith.sqlite3 and its backups in %APPDATA%\Kith) is never removed by the
; uninstaller: nothing is lost.
