"""``python -m codegen [--spec PATH] [--output DIR]``: regenerate opay's generated code."""

from __future__ import annotations

import argparse
from pathlib import Path

from codegen.render import generate_files, write_files

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    """Generate the files into ``--output`` (the project root by default)."""
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("--spec", type=Path, default=ROOT / "opay" / "openapi.json")
    parser.add_argument("--output", type=Path, default=ROOT)
    args = parser.parse_args(argv)
    files = generate_files(args.spec)
    written = write_files(files, args.output)
    print(f"generated {len(files)} files ({written} changed) under {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
