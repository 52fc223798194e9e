"""Errors that end a run with exit status 2 (usage, rules, configuration, I/O)."""


class RunError(Exception):
    """A failure of the run itself, shown to the user as one clear line."""


class DeclarationError(RunError):
    """A YAML declaration (rule, rule pack, format) that is not valid: says where."""

    def __init__(self, file: str, where: str, problem: str):
        self.file, self.where, self.problem = file, where, problem
        super().__init__(f"{file}: {where}: {problem}" if where else f"{file}: {problem}")
