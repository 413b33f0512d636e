"""The map layout: stable, deterministic places on the right ring, never overlapping."""

from __future__ import annotations

import math
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from kith.domain.map_layout import CENTRE_RADIUS, NODE_SPACING, layout, ring_at
from kith.domain.values import RINGS, Circle


def _people(count: int, seed: int = 3) -> list[tuple[int, Circle]]:
    rng = random.Random(seed)
    circles = list(RINGS)
    return [(pid, rng.choices(circles, weights=(4, 12, 34, 50))[0]) for pid in range(1, count + 1)]


def test_same_people_same_places_whatever_the_order() -> None:
    people = _people(300)
    shuffled = people[:]
    random.Random(9).shuffle(shuffled)
    assert layout(people).positions == layout(shuffled).positions


def test_everyone_sits_on_their_own_ring() -> None:
    people = _people(2000)
    result = layout(people)
    rings = {ring.circle: ring for ring in result.rings}
    assert [r.circle for r in result.rings] == list(RINGS)
    for pid, circle in people:
        x, y = result.positions[pid]
        ring = rings[circle]
        assert ring.inner <= math.hypot(x, y) <= ring.outer
    for inner, outer in zip(result.rings, result.rings[1:], strict=False):
        assert inner.outer < outer.inner


def test_nobody_overlaps_at_five_thousand() -> None:
    result = layout(_people(5000))
    cells: dict[tuple[int, int], list[tuple[float, float]]] = {}
    for x, y in result.positions.values():
        cells.setdefault((int(x // NODE_SPACING), int(y // NODE_SPACING)), []).append((x, y))
    closest = math.inf
    for (cx, cy), points in cells.items():
        near = [
            p for dx in (-1, 0, 1) for dy in (-1, 0, 1) for p in cells.get((cx + dx, cy + dy), [])
        ]
        for x, y in points:
            for ox, oy in near:
                if (ox, oy) != (x, y):
                    closest = min(closest, math.hypot(x - ox, y - oy))
    assert closest >= NODE_SPACING * 0.75


def test_adding_someone_leaves_the_others_in_place() -> None:
    people = _people(400)
    before = layout(people).positions
    after = layout([*people, (10_001, Circle.FRIENDS)]).positions
    moved = [pid for pid in before if before[pid] != after[pid]]
    assert not moved


@settings(max_examples=40, deadline=None)
@given(st.sets(st.integers(min_value=1, max_value=10**9), max_size=120))
def test_any_ids_get_distinct_places(ids: set[int]) -> None:
    people = [(pid, RINGS[pid % 4]) for pid in ids]
    positions = layout(people).positions
    assert set(positions) == ids
    assert len(set(positions.values())) == len(ids)


def test_every_dot_lies_on_the_ring_of_its_circle_and_nowhere_else_counts() -> None:
    circles = list(Circle)
    placed = layout((i, circles[i % 4]) for i in range(1, 801))
    for person_id, (x, y) in placed.positions.items():
        assert ring_at(placed, x, y) == circles[person_id % 4]
    assert ring_at(placed, 0, 0) is None  # on "you"
    assert ring_at(placed, CENTRE_RADIUS / 3, 0) is None
    assert ring_at(placed, 0, placed.radius + 200) is None  # beyond the outer ring


def test_people_not_sorted_yet_wait_in_a_band_outside_the_rings() -> None:
    people = _people(200)
    assert Circle.UNSORTED not in [r.circle for r in layout(people).rings]
    result = layout([*people, (900, Circle.UNSORTED), (901, Circle.UNSORTED)])
    *rings, band = result.rings
    assert band.circle == Circle.UNSORTED and band.people == 2
    assert band.inner > max(r.outer for r in rings)
    for pid in (900, 901):
        x, y = result.positions[pid]
        assert band.inner <= (x * x + y * y) ** 0.5 <= band.outer
    # Everyone sorted keeps their place.
    before = layout(people).positions
    assert all(result.positions[pid] == before[pid] for pid, _ in people)
