# Reference values for src/core/stats/power.test.ts (python3 with SciPy): the power of R's
# power.prop.test (strict = FALSE), its sample size by root finding (not the closed form the code
# uses), and the difference around one half found with 80% power.
from math import sqrt
from scipy.optimize import brentq
from scipy.stats import norm

def power(n, p1, p2, a=0.05):
    q = norm.isf(a / 2)
    return norm.cdf((sqrt(n) * abs(p1 - p2) - q * sqrt((p1 + p2) * (1 - (p1 + p2) / 2))) / sqrt(p1 * (1 - p1) + p2 * (1 - p2)))

def n_for(p1, p2, pw, a=0.05):
    return brentq(lambda n: power(n, p1, p2, a) - pw, 2, 1e7, xtol=1e-12)

def detectable(n, pw=0.8, a=0.05):
    return brentq(lambda d: power(n, 0.5 - d / 2, 0.5 + d / 2, a) - pw, 1e-9, 1 - 1e-9, xtol=1e-12)

print("n(.5, .75, power .9)", n_for(0.5, 0.75, 0.9))
print("n(.4, .6, power .8)", n_for(0.4, 0.6, 0.8))
print("power(50, .5, .75)", power(50, 0.5, 0.75))
print("power(12, .4, .6)", power(12, 0.4, 0.6))
for n in (5, 12, 30, 97):
    print("detectable", n, detectable(n))
