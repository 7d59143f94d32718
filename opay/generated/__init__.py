# Generated from opay/openapi.json by `make generate` (python -m codegen).
# Do not edit: change the API description or the generator and regenerate.
"""opay's generated code: everything here is written by the generator from the API
description, so that nothing hand-written repeats it. Import it through its public
names: ``opay.models`` (the schemas), ``opay.operations`` (the operation table),
``opay.resources`` and ``opay.async_resources`` (the resource clients)."""
