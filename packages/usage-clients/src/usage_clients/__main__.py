"""`python -m usage_clients` is the `usage-clients` command."""

import sys

from .cli import main

sys.exit(main())
