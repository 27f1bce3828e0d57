"""vnplans pipeline: fetch → parse → extract → load, plus the CLI and orchestration."""
