"""The version of opay, read without importlib.metadata so that importing opay stays cheap.

This file is the one source of the version: the package metadata reads it at build time
(``[tool.hatch.version]`` in pyproject.toml), and ``opay --version`` prints it.
"""

__version__ = "0.1.0"

# The name to install opay by: the import packages are ``opay`` and ``opay_transports``, but the
# distribution name ``opay`` belongs to an unrelated project on the package index.
DISTRIBUTION = "onlinepayments-opay"


def pip_install(*extras: str) -> str:
    """The commands that install opay with one of ``extras``:
    ``pip install "onlinepayments-opay[urllib3]"``, joined by "or" when there are several."""
    return " or ".join(f'pip install "{DISTRIBUTION}[{extra}]"' for extra in extras)
