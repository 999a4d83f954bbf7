"""``python -m govnews`` runs the command line."""

import sys

from govnews.cli import main

sys.exit(main())
