"""The 任务分解表 (任务分解 dock): clauses put on the table with their units, deadlines and
status; the editor, the units list, the trash. The shell creates one TasksController."""

# What this feature offers the others, imported on first use (PEP 562), so that a light
# part of it can be had before the whole feature loads.
__all__ = ["TasksController"]


def __getattr__(name: str):
    if name == "TasksController":
        from hzreader.ui.tasks.controller import TasksController

        return TasksController
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
