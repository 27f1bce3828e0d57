"""Every `vnplans` command and its options are documented in the README's command table."""

import typer.main

from pipeline.cli import app

# Options shared by several commands, documented once below the table.
SHARED = {"--help", "--params"}


def commands():
    for name, command in typer.main.get_command(app).commands.items():
        for sub_name, sub in getattr(command, "commands", {}).items() or [(None, command)]:
            yield " ".join(filter(None, ("vnplans", name, sub_name))), sub


def test_every_command_and_option_is_in_the_readme(repo_root):
    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Command line", 1)[1].split("\n## ", 1)[0]
    assert "--params" in table
    rows = [line for line in table.splitlines() if line.startswith("| `vnplans")]
    for name, command in commands():
        stem, _, last = name.rpartition(" ")
        row = next((r for r in rows if r.startswith(f"| `{name}") or (stem == "vnplans stage" and f"`{stem} " in r and last in r)), None)
        assert row is not None, f"`{name}` is not in the README's command table"
        missing = [flag for param in command.params for flag in param.opts if flag.startswith("--") and flag not in SHARED and flag not in row]
        assert not missing, f"`{name}`: options {missing} are not in its README row"
