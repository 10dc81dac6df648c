import sys

from asfdesk.cli import main

sys.exit(main())
