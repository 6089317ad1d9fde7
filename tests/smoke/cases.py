"""The smoke combinations: every framework's covering array (every valid pair at least once).

Each combination is its own xdist group (``--dist loadgroup``), so one worker builds, serves and
checks it once for all its tests.
"""

import pytest

from tests import matrix
from tests.template import FRAMEWORKS

CASES = [
    pytest.param(
        (framework, index, combination),
        id=f"{framework}-{index}",
        marks=pytest.mark.xdist_group(f"{framework}-{index}"),
    )
    for framework in FRAMEWORKS
    for index, combination in enumerate(matrix.covering_array(framework))
]
