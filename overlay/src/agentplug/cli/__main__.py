"""`python -m agentplug.cli ...`: the `agentplug` command."""

from __future__ import annotations

import sys

from . import main

sys.exit(main())
