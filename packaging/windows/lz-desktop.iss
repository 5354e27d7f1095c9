; Inno Setup script for lz-desktop on Windows (build steps in packaging/README.md).
; Input: the PyInstaller one-folder build in dist\lz-desktop. Output: dist\lz-desktop-setup-<version>.exe
#define AppVersion GetEnv("LZ_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6B0A9C5E-3F1D-4C8B-9E2A-7D5F1A2B3C4D}
AppName=党风廉政建设责任制管理
AppVersion={#AppVersion}
AppPublisher=lz-desktop
DefaultDirName={autopf}\lz-desktop
DefaultGroupName=党风廉政建设责任制管理
OutputDir=..\..\dist
OutputBaseFilename=lz-desktop-setup-{#AppVersion}
SetupIconFile=..\..\resources\icons\lz-desktop.ico
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
PrivilegesRequiredOverridesAllowed=dialog

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Files]
Source: "..\..\dist\lz-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\党风廉政建设责任制管理"; Filename: "{app}\lz-desktop.exe"
Name: "{group}\卸载"; Filename: "{uninstallexe}"

[Registry]
; .lzdb files open in lz-desktop (the office's data file).
Root: HKA; Subkey: "Software\Classes\.lzdb"; ValueType: string; ValueName: ""; ValueData: "lzdesktop.office"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\lzdesktop.office"; ValueType: string; ValueName: ""; ValueData: "党风廉政建设责任制数据文件"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\lzdesktop.office\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\lz-desktop.exe,0"
Root: HKA; Subkey: "Software\Classes\lzdesktop.office\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\lz-desktop.exe"" ""%1"""

[Run]
Filename: "{app}\lz-desktop.exe"; Parameters: "--self-test"; Flags: runhidden waituntilterminated; StatusMsg: "正在自检…"
Filename: "{app}\lz-desktop.exe"; Description: "启动 党风廉政建设责任制管理"; Flags: nowait postinstall skipifsilent
