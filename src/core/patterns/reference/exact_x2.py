# Reference values for src/core/patterns/independence.test.ts: run with python3 (no packages needed).
# Exact P(X2* >= X2_obs) over all tables with the observed margins (multiple hypergeometric),
# the quantity R's chisq.test(simulate.p.value = TRUE) estimates.
import itertools, math
from fractions import Fraction
def tables(rows, cols):
    if len(rows) == 1:
        yield [list(cols)]; return
    r0 = rows[0]
    def comps(total, caps):
        if len(caps) == 1:
            if total <= caps[0]: yield [total]
            return
        for v in range(0, min(total, caps[0]) + 1):
            for rest in comps(total - v, caps[1:]): yield [v] + rest
    for first in comps(r0, cols):
        for rest in tables(rows[1:], [c - f for c, f in zip(cols, first)]):
            yield [first] + rest
def x2(t, rows, cols, n):
    s = 0.0
    for i, r in enumerate(t):
        for j, o in enumerate(r):
            e = rows[i] * cols[j] / n
            s += (o - e) ** 2 / e
    return s
def prob(t, rows, cols, n):
    num = sum(math.lgamma(v + 1) for v in rows) + sum(math.lgamma(v + 1) for v in cols)
    den = math.lgamma(n + 1) + sum(math.lgamma(o + 1) for r in t for o in r)
    return math.exp(num - den)
def exact(t):
    rows = [sum(r) for r in t]; cols = [sum(c) for c in zip(*t)]; n = sum(rows)
    obs = x2(t, rows, cols, n)
    return sum(prob(u, rows, cols, n) for u in tables(rows, cols) if x2(u, rows, cols, n) >= obs * (1 - 1e-12))
for t in ([[3,1,2],[1,5,6]], [[2,0,3],[1,4,0],[0,2,5]], [[1,2,0,4],[20,30,25,22]]):
    print(t, repr(exact(t)))
