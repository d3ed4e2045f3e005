"""Rebuild the golden story.json of the seed from a fresh build of the
fixture site (tests/fixtures/sample-site/content). Review the diff! The test
test_the_golden_story_json_agrees_with_the_gold then holds it against the
hand-made gold."""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = "putin-korea-utara-2024"

sys.path.insert(0, str(ROOT / "tests"))
from conftest import make_project  # noqa: E402

with tempfile.TemporaryDirectory() as tmp:
    project = make_project(Path(tmp))
    site = Path(tmp) / "site"
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)], cwd=project, check=True)
    data = json.loads((site / SEED / "story.json").read_text(encoding="utf-8"))
    out = ROOT / "tests" / "golden" / f"{SEED}.story.json"
    out.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}")
