"""``python -m opay.cli``: the ``opay`` command."""

import sys

from opay.cli import main

sys.exit(main())
