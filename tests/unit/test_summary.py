"""The run summary counts a combination as proven only when none of its tests failed."""

from types import SimpleNamespace

from tests import matrix
from tests.summary import Accounting


def _report(nodeid, outcome="passed", when="call", duration=1.0, reason=""):
    return SimpleNamespace(
        nodeid=nodeid,
        when=when,
        duration=duration,
        passed=outcome == "passed",
        failed=outcome == "failed",
        skipped=outcome == "skipped",
        longrepr=("file.py", 1, f"Skipped: {reason}"),
    )


def test_a_row_with_a_failed_test_is_not_proven():
    accounting = Accounting()
    accounting.record(_report("tests/smoke/test_project.py::test_own_tests_pass[django-0]"))
    accounting.record(_report("tests/contract/test_pages.py::test_home[django-0]", "failed"))
    accounting.record(_report("tests/smoke/test_project.py::test_own_tests_pass[django-1]"))
    assert accounting.proven("smoke", "django") == {1}


def test_setup_errors_count_as_failures_and_time_adds_up():
    accounting = Accounting()
    node = "tests/contract/test_api.py::test_list[flask-2]"
    accounting.record(_report(node, "passed", "call", 2.0))
    accounting.record(_report(node, "failed", "setup", 3.0))
    assert accounting.proven("smoke", "flask") == set()
    assert accounting.seconds["flask-2"] == 5.0


def test_render_rows_and_the_summary_lines():
    accounting = Accounting()
    accounting.record(_report("tests/render/test_render.py::test_no_whitespace_litter[flask-0]"))
    accounting.record(_report("tests/smoke/test_project.py::test_own_tests_pass[flask-0]"))
    accounting.record(_report("tests/contract/test_pages.py::test_home[flask-0]", duration=5.0))
    lines = accounting.lines()
    assert lines[1].startswith(f"flask: {matrix.count_valid('flask')} valid combinations")
    assert f"rendered 1/{len(matrix.covering_array('flask'))}" in lines[1]
    assert "smoke-tested 1/" in lines[1]
    assert lines[1].endswith("smoke test time 0.1 min (summed over workers)")
    assert lines[-1] == "slowest smoke combinations: flask-0 6 s"


def test_rows_not_served_here_are_named_with_their_reason():
    accounting = Accounting()
    accounting.record(_report("tests/smoke/test_project.py::test_own_tests_pass[flask-9]"))
    node = "tests/contract/test_pages.py::test_home[flask-9]"
    accounting.record(_report(node, "skipped", "setup", reason="no such server here"))
    assert "HTTP contract not run for flask-9: no such server here" in accounting.lines()
