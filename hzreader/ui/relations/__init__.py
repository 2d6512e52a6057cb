"""Documents in relation (相关条款): the related clauses of the clause being read, the margin
links between guides and the clauses they explain, and the matching thread they run on."""

# What this feature offers the others, imported on first use (PEP 562), so that a light
# part of it can be had before the whole feature loads.
__all__ = [
    "WEAK_SCORE",
    "MatchList",
    "MatchRow",
    "RelationsController",
    "clause_key",
    "clause_label",
    "match_rows",
]


def __getattr__(name: str):
    if name == "RelationsController":
        from hzreader.ui.relations.controller import RelationsController

        return RelationsController
    if name == "clause_key":
        from hzreader.ui.relations.controller import clause_key

        return clause_key
    if name in ("MatchList", "MatchRow", "WEAK_SCORE", "clause_label", "match_rows"):
        from hzreader.ui.relations import match_list

        return getattr(match_list, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
