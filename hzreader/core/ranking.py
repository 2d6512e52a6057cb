"""Ranking the units of one document for a source unit: the answer of scoring every unit,
for a fraction of the work.

A unit's score is an F-measure (recall weighted BETA² times) of the weight it shares with
the source. To score θ at all, a unit must share at least `recall_floor(θ)` of the source's
weight. So the source's commonest features (the longest postings) can be left out of the
accumulation while their summed weight stays under a share of that: a unit that shares
none of the other features cannot reach θ, and for the rest, the weight left out is added
to their partial sums, which bounds their score from above. Units are then scored exactly,
best bound first, only while a bound can still beat the best exact score not yet given out.

θ starts at the caller's floor and is raised by a first look: the units that share the
source's rarest features, scored exactly and checked for evidence. When `limit` of them are
good, nothing scoring under the last of them can rank, and θ is its score.

A tier of few units is scored unit by unit (set intersections in C) instead, and so is a
tier of units much smaller than the source (a chapter against measures): a unit of k
features shares at most the source's k heaviest, which bounds its score without a look at
its features, and most such units are left out by that bound alone.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import accumulate
from operator import itemgetter

from hzreader.core.textfeatures import Unit, paused_gc

BETA = 2.0  # recall counts BETA² times as much as precision
# Precision is judged against at most CAP times the source's own weight: a short paragraph
# is not made weak by the length of the measure it restates, yet of a measure and the
# chapter around it the tighter one still wins.
CAP = 3.0
SEED_POSTINGS = 256  # postings walked (rarest features first) to find the first candidates
SEED_EXTRA = 2  # candidates scored in the first look beyond `limit`
# Share of the budget `recall_floor(θ)` left out of the walk: more leaves out more postings
# but loosens every bound, so that more units must be scored exactly (0.5 measured best).
LEAVE_OUT = 0.5
SCAN_ALWAYS = 32  # a tier of this many units or fewer is scored unit by unit
SCAN_RATIO = 2.0  # … and so is one whose units are this many times smaller than the source
_EPS = 1e-9  # rounding: a bound must never fall under the exact score


def f_score(recall: float, precision: float, beta: float | None = None) -> float:
    """The weighted harmonic mean of recall and precision (0 when either is 0)."""
    if recall <= 0 or precision <= 0:
        return 0.0
    b2 = (BETA if beta is None else beta) ** 2
    return (1 + b2) * precision * recall / (b2 * precision + recall)


def recall_floor(score: float) -> float:
    """The least recall with which a unit can still score `score` (at precision 1)."""
    b2 = BETA**2
    return max(0.0, score) * b2 / (1 + b2 - min(score, 1.0))


@dataclass
class Indexed:
    """A unit with its raw counts and, once the library is weighed, its weights."""

    unit: Unit
    counts: dict[str, int]
    weights: dict[str, float] = field(default_factory=dict)
    total: float = 0.0
    features: frozenset[str] = frozenset()  # the weights' keys, for a fast intersection
    weighed: bool = False


class Tier:
    """The units of one tier of a document; weighed, and their postings built, on first use
    (a library whose chapters are never compared never pays for them)."""

    def __init__(
        self, entries: list[Indexed], heading: bool, weigh: Callable[[Indexed], None]
    ) -> None:
        self.entries = entries
        self.heading = heading
        self._weigh = weigh
        self._ready = False
        self._postings: dict[str, list[int]] | None = None
        self._lengths: dict[str, int] = {}
        self.size = 0  # features summed over the units
        self.vocabulary = 0  # distinct features

    def ready(self) -> Tier:
        """Weigh the units (once)."""
        if not self._ready:
            with paused_gc():
                for e in self.entries:
                    self._weigh(e)
            self.size = sum(len(e.features) for e in self.entries)
            self.vocabulary = len(frozenset().union(*(e.features for e in self.entries)))
            self._ready = True
        return self

    def postings(self) -> tuple[dict[str, list[int]], dict[str, int]]:
        """Feature → slots of the units holding it, and feature → how many (built once)."""
        if self._postings is None:
            postings: dict[str, list[int]] = defaultdict(list)
            entries = self.ready().entries
            with paused_gc():
                for n, e in enumerate(entries):
                    for f in e.features:
                        postings[f].append(n)
            self._postings = dict(postings)
            self._lengths = {f: len(slots) for f, slots in self._postings.items()}
        return self._postings, self._lengths

    def scanned(self, source_features: int) -> bool:
        """True when this tier is scored unit by unit for a source of that many features."""
        self.ready()
        n = len(self.entries)
        return n <= SCAN_ALWAYS or source_features >= SCAN_RATIO * self.size / n


def summed(weights: dict[str, float], features: frozenset[str]) -> float:
    """The summed weight of some features (looked up in one C loop: a chapter has thousands)."""
    if len(features) == 1:
        (f,) = features
        return weights[f]
    return sum(itemgetter(*features)(weights)) if features else 0.0


def exact_score(
    weights: dict[str, float], features: frozenset[str], total: float, e: Indexed, heading: bool
) -> float:
    """The score of one unit: F of the shared weight, seen from both sides."""
    shared = features & e.features  # walks the smaller of the two
    if not shared:
        return 0.0
    s, c = summed(weights, shared), summed(e.weights, shared)
    # A heading's unit is its whole content: judged by all of it, so a chapter never wins
    # over the measure inside it merely by being long.
    room = e.total if heading else min(e.total, CAP * total)
    return f_score(s / total, min(1.0, c / room))


class _Walk:
    """One tier's accumulation: partial shared weight per slot, features taken so far."""

    def __init__(self, tier: Tier, weights: dict[str, float]) -> None:
        self.tier = tier
        self.postings, lengths = tier.postings()
        # Rarest first (shortest postings); only features the tier has.
        self.order = sorted(weights.keys() & lengths.keys(), key=lengths.__getitem__)
        self.acc = [0.0] * len(tier.entries)
        self.taken = 0  # order[:taken] is in acc
        self.dropped = 0.0

    def take(self, weights: dict[str, float], stop: int, max_postings: int = 0) -> None:
        """Add order[taken:stop] to the sums (or fewer, once max_postings are walked)."""
        postings, acc, walked = self.postings, self.acc, 0
        while self.taken < stop:
            f = self.order[self.taken]
            w = weights[f]
            slots = postings[f]
            for n in slots:
                acc[n] += w
            self.taken += 1
            walked += len(slots)
            if max_postings and walked >= max_postings:
                break

    def rest(self, weights: dict[str, float], budget: float) -> None:
        """Leave out the commonest features within `budget` of weight; take the others."""
        stop, dropped = len(self.order), 0.0
        while stop > self.taken and dropped + weights[self.order[stop - 1]] < budget:
            stop -= 1
            dropped += weights[self.order[stop]]
        self.dropped = dropped
        self.take(weights, stop)


_Candidate = tuple[float, int, Indexed, bool]  # (score or bound, -ordinal, unit, heading)


def _order(c: _Candidate) -> tuple[float, int]:
    # Better score first, then the earlier unit: the order a full sort would give.
    return c[0], c[1]


class Ranking:
    """The best units of some tiers for one source, as scoring every unit would give them."""

    def __init__(
        self,
        weights: dict[str, float],
        features: frozenset[str],
        tiers: list[Tier],
        min_score: float,
        evidence: Callable[[Indexed], list],
    ) -> None:
        self.weights = weights
        self.features = features
        self.total = sum(weights.values())
        self.tiers = [t for t in tiers if t.entries]
        self.min_score = min_score
        self._evidence = evidence
        self._known: dict[int, float] = {}  # id(entry) → exact score
        self._proofs: dict[int, list] = {}  # id(entry) → evidence
        self._partial: dict[int, tuple[frozenset[str], float]] = {}  # shared, source's weight
        self._top: list[float] | None = None

    def _score(self, e: Indexed, heading: bool) -> float:
        found = self._known.get(id(e))
        if found is None:
            partial = self._partial.pop(id(e), None)
            if partial is None:
                found = exact_score(self.weights, self.features, self.total, e, heading)
            else:  # the shared features and the source's side are known: the unit's side
                shared, s = partial
                room = e.total if heading else min(e.total, CAP * self.total)
                found = f_score(s / self.total, min(1.0, summed(e.weights, shared) / room))
            self._known[id(e)] = found
        return found

    def _recall_bound(self, e: Indexed) -> float:
        """A small tier's unit: what it shares, and the source's side of it; a bound."""
        shared = self.features & e.features
        if not shared:
            return 0.0
        s = summed(self.weights, shared)
        self._partial[id(e)] = (shared, s)
        return f_score(min(1.0, s / self.total + _EPS), 1.0)  # precision at most 1

    def _proof(self, e: Indexed) -> list:
        found = self._proofs.get(id(e))
        if found is None:
            found = self._proofs[id(e)] = self._evidence(e)
        return found

    def _first_look(self, walks: list[_Walk], scanned: list[_Candidate], limit: int) -> float:
        """Score the units sharing the rarest features; the floor `limit` good ones set."""
        seeds = [
            (self._score(e, heading), order, e, heading)
            for _, order, e, heading in heapq.nlargest(limit + SEED_EXTRA, scanned, key=_order)
        ]
        for w in walks:
            w.take(self.weights, len(w.order), SEED_POSTINGS)
            entries, heading = w.tier.entries, w.tier.heading
            best = heapq.nlargest(limit + SEED_EXTRA, range(len(w.acc)), key=w.acc.__getitem__)
            for n in best:
                if w.acc[n] > 0:
                    e = entries[n]
                    seeds.append((self._score(e, heading), -e.unit.ordinal, e, heading))
        good = 0
        for score, _, e, _ in sorted(seeds, key=_order, reverse=True):
            if score < self.min_score:
                break
            if self._proof(e):
                good += 1
                if good == limit:
                    return score
        return self.min_score

    def best(self, limit: int) -> list[tuple[float, Indexed, list]]:
        """(score, unit, evidence) of the best `limit` units (all when 0), best first."""
        if self.total <= 0 or not self.tiers:
            return []
        walks: list[_Walk] = []
        scored: list[_Candidate] = []  # small tiers: bounded by their recall at once
        bounded: list[tuple[Tier, list[float]]] = []  # scanned by their size bound
        for tier in self.tiers:
            if not tier.scanned(len(self.features)):
                walks.append(_Walk(tier, self.weights))
            elif len(tier.entries) <= SCAN_ALWAYS:
                # Each unit's recall at once (it bounds the score); its precision only
                # while the bound can still rank.
                for e in tier.entries:
                    bound = self._recall_bound(e)
                    if bound >= self.min_score:
                        scored.append((bound, -e.unit.ordinal, e, tier.heading))
            else:
                bounded.append((tier, self._heaviest()))
        floor = self._first_look(walks, scored, limit) if limit else self.min_score
        pending = scored
        for tier, heaviest in bounded:
            for e in tier.entries:
                bound = self._known.get(id(e))
                if bound is None:
                    top = heaviest[min(len(e.features), len(heaviest) - 1)]
                    bound = f_score(min(1.0, top / self.total + _EPS), 1.0)
                if bound >= floor - _EPS:
                    pending.append((bound, -e.unit.ordinal, e, tier.heading))
        budget = LEAVE_OUT * recall_floor(floor) * self.total
        for w in walks:
            w.rest(self.weights, budget)
            slack = w.dropped + _EPS * self.total
            entries, heading = w.tier.entries, w.tier.heading
            for n, s in enumerate(w.acc):
                if s <= 0:
                    continue
                e = entries[n]
                bound = self._known.get(id(e))
                if bound is None:
                    bound = f_score(min(1.0, (s + slack) / self.total), 1.0)
                if bound >= floor - _EPS:
                    pending.append((bound, -e.unit.ordinal, e, heading))
        pending.sort(key=_order, reverse=True)
        return self._give_out(pending, limit)

    def _heaviest(self) -> list[float]:
        """heaviest[k]: the summed weight of the source's k heaviest features."""
        if self._top is None:
            self._top = [0.0, *accumulate(sorted(self.weights.values(), reverse=True))]
        return self._top

    def _give_out(self, pending: list[_Candidate], limit: int) -> list[tuple[float, Indexed, list]]:
        """Best exact scores first, scoring a unit only while its bound could still rank."""
        out: list[tuple[float, Indexed, list]] = []
        scored: list[tuple[float, int, Indexed]] = []  # (-score, ordinal, entry): a heap
        at = 0
        while not limit or len(out) < limit:
            bound = pending[at][0] if at < len(pending) else -1.0
            if scored and -scored[0][0] > bound:
                neg, _, e = heapq.heappop(scored)
                proof = self._proof(e)
                if proof:  # shared characters but not one shared phrase: no counterpart
                    out.append((-neg, e, proof))
                continue
            if at >= len(pending):
                break
            _, _, e, heading = pending[at]
            at += 1
            score = self._score(e, heading)
            if score >= self.min_score:
                heapq.heappush(scored, (-score, e.unit.ordinal, e))
        return out
