"""Rebuild the golden story.json of the seed from a fresh build. Review the diff!"""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = "putin-korea-utara-2024"

with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", tmp], cwd=ROOT, check=True)
    data = json.loads((Path(tmp) / SEED / "story.json").read_text(encoding="utf-8"))
    out = ROOT / "tests" / "golden" / f"{SEED}.story.json"
    out.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}")
