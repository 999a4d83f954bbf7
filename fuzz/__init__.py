"""Coverage-guided fuzzing harnesses and their contracts."""
