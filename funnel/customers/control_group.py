"""A campaign's held-out group: a share of each round's clients (default
10 %, 0 to 50 %) who are not contacted, so the result compares buyers among
the contacted with buyers among comparable clients nobody called.

The choice is deterministic: each client's place in the draw is a hash of the
campaign's stored seed, the round and the client id, and the held-out members
are stored (`CampaignMember.control`), so the group never changes once drawn
and a rebuilt list draws the same way. Each round draws afresh, so a
recurring campaign does not leave the same clients out for ever.

The number held out is the share rounded down (10 % of 19 clients holds out
1, of 9 none): never more clients left uncontacted than the person asked for.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from funnel.errors import ValidationError
from funnel.i18n import QT_TRANSLATE_NOOP

DEFAULT_CONTROL_PERCENT = 10
MAX_CONTROL_PERCENT = 50
# Below this many clients in either group a difference in rates says little;
# the report marks the comparison as small rather than hiding it.
SMALL_GROUP = 30


def check_control_percent(percent: int) -> int:
    if not 0 <= int(percent) <= MAX_CONTROL_PERCENT:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The held-out share is 0 to {max} per cent of the clients (got {value})."
            ),
            max=MAX_CONTROL_PERCENT,
            value=percent,
        )
    return int(percent)


def _draw(seed: int, round_: int, client_id: int) -> bytes:
    return hashlib.sha256(f"{seed}:{round_}:{client_id}".encode()).digest()


def held_out(client_ids: Sequence[int], percent: int, *, seed: int, round_: int) -> set[int]:
    """The clients of `client_ids` held out of this round."""
    count = len(client_ids) * percent // 100
    if count <= 0:
        return set()
    ranked = sorted(client_ids, key=lambda cid: _draw(seed, round_, cid))
    return set(ranked[:count])
