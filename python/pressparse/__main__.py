"""The ``pressparse`` command: the Rust CLI, run from Python.

``pressparse ...`` (the console script) and ``python -m pressparse ...``
both call the same command-line code as the Rust binary.
"""

from __future__ import annotations

import signal
import sys
from types import FrameType

from pressparse._pressparse import _cli_main


def _terminate(signum: int, frame: FrameType | None) -> None:
    # Raised inside ``_cli_main``, which stops the run cleanly before it
    # lets this through: the process then exits with 128 + signal.
    raise SystemExit(128 + signum)


def main(argv: list[str] | None = None) -> int:
    """Run the command-line tool with ``argv`` (default ``sys.argv``) and
    return its exit code."""
    if argv is not None:
        return _cli_main(["pressparse", *argv[1:]])
    # Run as the command: behave like a native one. Ctrl-C and SIGTERM stop
    # the run at the next document boundary, remove its temporary files and
    # exit with 130 / 143 (Python's own handlers raise; the CLI waits for
    # the clean stop before it lets the exception through). Writing to a
    # closed pipe (`pressparse ... | head`) ends it quietly.
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, _terminate)
    try:
        # The program name shown in usage messages, whatever path started us.
        return _cli_main(["pressparse", *sys.argv[1:]])
    except KeyboardInterrupt:
        return 128 + signal.SIGINT


if __name__ == "__main__":
    sys.exit(main())
