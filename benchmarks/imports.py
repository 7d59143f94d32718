"""Import time, each measured in a fresh interpreter, best of N.

The child process times only the import statement itself (``time.perf_counter`` around
``exec``), so the interpreter's own start-up is left out and the figure is what an
application pays when it first imports the SDK.
"""

from __future__ import annotations

import os
import subprocess
import sys

STATEMENTS = {
    "opay": "import opay, opay_transports.urllib3",
    "opay_client": "import opay, opay_transports.urllib3; opay.Client",
    "sdk": "from onlinepayments.sdk.factory import Factory",
}
"""What is imported: opay with its default transport (and, for comparison, with the client
class loaded), and the platform SDK's factory, the seed's first import."""

_PROBE = (
    "import time, sys\nt = time.perf_counter()\nexec(sys.argv[1])\nprint(time.perf_counter() - t)\n"
)


def import_seconds(statement: str, python: str = sys.executable) -> float:
    """Seconds ``statement`` takes in a fresh interpreter (with the project on the path)."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = subprocess.run(
        [python, "-c", _PROBE, statement],
        capture_output=True,
        text=True,
        check=True,
        cwd=root,
    )
    return float(out.stdout.strip())


def best_import_seconds(statement: str, runs: int, python: str = sys.executable) -> float:
    """The fastest of ``runs`` fresh-interpreter imports (after one run that warms the OS
    file cache and writes any missing bytecode)."""
    import_seconds(statement, python)
    return min(import_seconds(statement, python) for _ in range(runs))
