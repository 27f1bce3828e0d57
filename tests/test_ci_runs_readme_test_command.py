"""CI must run exactly the test command the README's quick start gives a new user."""

import re


def quick_start_lines(readme: str) -> list[str]:
    section = readme.split("## Quick start", 1)[1]
    block = re.search(r"```(?:sh|bash|shell)?\n(.*?)```", section, re.S).group(1)
    return [line for line in block.splitlines() if line.strip()]


def test_quick_start_is_two_commands(repo_root):
    lines = quick_start_lines((repo_root / "README.md").read_text(encoding="utf-8"))
    assert len(lines) == 2, lines
    assert "vnplans run" in lines[0]
    assert "pytest" in lines[1]


def test_ci_script_runs_the_readme_test_command(repo_root):
    test_command = quick_start_lines((repo_root / "README.md").read_text(encoding="utf-8"))[1]
    ci_commands = [
        line.strip() for line in (repo_root / ".ci" / "run").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    assert test_command in ci_commands
