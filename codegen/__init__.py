"""The generator of opay's committed code from the API description ``opay/openapi.json``.

``python -m codegen`` (``make generate``) writes the attrs models of ``opay/models/``, the
operation table ``opay/operations.py`` and the resource clients ``opay/resources.py`` and
``opay/async_resources.py``. The output depends only on the API description, so running it
again on an unchanged description changes nothing.
"""

from codegen.render import generate_files, write_files

__all__ = ["generate_files", "write_files"]
