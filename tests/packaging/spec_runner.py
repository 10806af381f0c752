"""Run packaging/journal-app.spec on this Linux machine as if on another system.

PyInstaller executes a spec as Python with its build classes (Analysis, EXE, COLLECT, BUNDLE)
in scope. Here they are recorders and the hook helpers return nothing, so the test sees what the
spec would hand PyInstaller on Windows or macOS: the executables, the icon, the Info.plist, the
data files. It checks the spec's own decisions, not PyInstaller's (only a real build does that).
"""

from __future__ import annotations

import sys
import types
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "journal-app.spec"


@dataclass
class Recorder:
    kind: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    # Analysis's outputs, as the spec reads them.
    pure: list[Any] = field(default_factory=list)
    scripts: list[Any] = field(default_factory=list)
    binaries: list[Any] = field(default_factory=list)
    datas: list[Any] = field(default_factory=list)


@dataclass
class SpecRun:
    built: list[Recorder]
    namespace: dict[str, Any]

    def of_kind(self, kind: str) -> list[Recorder]:
        return [item for item in self.built if item.kind == kind]


def fake_pyinstaller_modules() -> dict[str, types.ModuleType]:
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    for name in ("collect_data_files", "collect_dynamic_libs", "collect_submodules", "copy_metadata"):
        setattr(hooks, name, lambda *_a, **_k: [])
    versioninfo = types.ModuleType("PyInstaller.utils.win32.versioninfo")
    for name in ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
                 "VarFileInfo", "VarStruct"):
        setattr(versioninfo, name, lambda *a, _n=name, **k: (_n, a, k))
    win32 = types.ModuleType("PyInstaller.utils.win32")
    win32.versioninfo = versioninfo  # type: ignore[attr-defined]
    utils = types.ModuleType("PyInstaller.utils")
    utils.hooks = hooks  # type: ignore[attr-defined]
    utils.win32 = win32  # type: ignore[attr-defined]
    root = types.ModuleType("PyInstaller")
    root.utils = utils  # type: ignore[attr-defined]
    return {"PyInstaller": root, "PyInstaller.utils": utils, "PyInstaller.utils.hooks": hooks,
            "PyInstaller.utils.win32": win32, "PyInstaller.utils.win32.versioninfo": versioninfo}


def run_spec(platform: str, workpath: Path, monkeypatch: Any) -> SpecRun:
    """Execute the spec with sys.platform set to `platform`; monkeypatch undoes the rest."""
    built: list[Recorder] = []

    def recorder(kind: str) -> Any:
        def build(*args: Any, **kwargs: Any) -> Recorder:
            item = Recorder(kind, args, kwargs)
            if kind == "Analysis":
                item.datas = list(kwargs.get("datas", []))
            built.append(item)
            return item
        return build

    for name, module in fake_pyinstaller_modules().items():
        monkeypatch.setitem(sys.modules, name, module)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec inserts src/ and packaging/
    monkeypatch.delitem(sys.modules, "bundle_info", raising=False)
    namespace: dict[str, Any] = {
        "SPECPATH": str(SPEC.parent), "SPEC": str(SPEC), "workpath": str(workpath),
        "DISTPATH": str(workpath / "dist"), "__file__": str(SPEC), "__name__": "__main__",
        **{kind: recorder(kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")},
    }
    code = compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")
    real_platform = sys.platform
    sys.platform = platform  # only while the spec runs: pytest itself must see the real one
    try:
        exec(code, namespace)
    finally:
        sys.platform = real_platform
    return SpecRun(built, namespace)
