; Inno Setup 6 script: the per-user Windows installer for journal-app.
; Made by .github/workflows/build.yml after PyInstaller built dist\journal-app\, from the
; repository root:
;   iscc /DAppVersion=<journal_app.__version__> packaging\windows\journal-app.iss
; -> dist\journal-app-<version>-windows-x64-setup.exe
; Checked on Linux by tests/packaging/test_windows_installer.py; never compiled on this machine.

#ifndef AppVersion
  #error Give the package's version: iscc /DAppVersion=<journal_app.__version__> (the workflow does)
#endif
#define AppName "Journal App"
#define AppExe "journal-app.exe"
#define AppUserModelId "se.journalapp.JournalApp"

[Setup]
; The id Windows knows the installed app by; never change it, or upgrades install twice.
AppId={{6045462A-C307-4B06-BDF4-4C46F92DF28D}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The journal-app team
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; Per user: no administrator rights, no UAC prompt; everything goes into the user's profile.
PrivilegesRequired=lowest
; {userpf} is %LOCALAPPDATA%\Programs: the app lands in %LOCALAPPDATA%\Programs\Journal App,
; a folder of its own, apart from the vault's %LOCALAPPDATA%\journal-app.
DefaultDirName={userpf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile=journal-app.ico
OutputDir=..\..\dist
OutputBaseFilename=journal-app-{#AppVersion}-windows-x64-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; An open app is asked to close before its files are replaced or removed.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Swedish is not among Inno Setup's official translations; use it where the compiler has it.
; (A doubled backslash, should CompilerPath end in one, is harmless in a Windows path.)
#if FileExists(CompilerPath + "\Languages\Swedish.isl")
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The one-folder PyInstaller build: journal-app.exe (windowed), journal-app-cli.exe and _internal\.
Source: "..\..\dist\journal-app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; The Start-menu entry (the user's own Start menu, since the install is per user).
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; AppUserModelID: "{#AppUserModelId}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; THE VAULT IS NEVER TOUCHED. The practitioner's journal lives in %LOCALAPPDATA%\journal-app\vault
; (platformdirs' user_data_path("journal-app"), src/journal_app/core/files/paths.py), a folder
; this installer never writes to. The uninstaller removes only what [Files] and [Icons] put in
; place. So there is deliberately no [UninstallDelete] section and no [Code] that deletes files:
; uninstalling the app must never erase a client's notes (that is the app's own, logged act).
; tests/packaging/test_windows_installer.py fails if either appears.
