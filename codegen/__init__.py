"""The generator of opay's committed code from the API description ``opay/openapi.json``.

``python -m codegen`` (``make generate``) writes everything into one folder,
``opay/generated/``: the attrs models (``schemas/``), the operation table
(``operation_table.py``) and the resource clients (``resource_clients.py``,
``async_resource_clients.py``), which ``opay.models``, ``opay.operations``,
``opay.resources`` and ``opay.async_resources`` re-export. The output depends only on the API description, so running it
again on an unchanged description changes nothing.
"""

from codegen.render import generate_files, write_files

__all__ = ["generate_files", "write_files"]
