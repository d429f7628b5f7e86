"""The ``pressparse`` command: the Rust CLI, run from Python.

``pressparse ...`` (the console script) and ``python -m pressparse ...``
both call the same command-line code as the Rust binary.
"""

from __future__ import annotations

import signal
import sys

from pressparse._pressparse import _cli_main


def main(argv: list[str] | None = None) -> int:
    """Run the command-line tool with ``argv`` (default ``sys.argv``) and
    return its exit code."""
    if argv is None:
        argv = sys.argv
        # Run as the command: behave like a native one. Ctrl-C stops it at
        # once, and writing to a closed pipe (`pressparse ... | head`) ends
        # it quietly.
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        if hasattr(signal, "SIGPIPE"):
            signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    # The program name shown in usage messages, whatever path started us.
    return _cli_main(["pressparse", *argv[1:]])


if __name__ == "__main__":
    sys.exit(main())
