// Test data only: Ozone (ppb) from R's built-in `airquality` data set (New York, May–September
// 1973; Chambers et al. 1983, Graphical Methods for Data Analysis), as printed by
// `airquality$Ozone` in R, month by month, null for R's NA. Checks that it was typed in right:
// 37 NAs, `summary(airquality$Ozone)` is 1, 18, 31.5, 42.13, 63.25, 168, and the monthly means
// `tapply(Ozone, Month, mean, na.rm = TRUE)` are 23.61538 29.44444 59.11538 59.96154 31.44828
// (descriptives.test.ts); `kruskal.test(Ozone ~ Month)` then gives H = 29.267 (kruskalWallis.test.ts).
const na = null;

export const ozoneByMonth: Record<5 | 6 | 7 | 8 | 9, (number | null)[]> = {
  5: [41, 36, 12, 18, na, 28, 23, 19, 8, na, 7, 16, 11, 14, 18, 14, 34, 6, 30, 11, 1, 11, 4, 32, na, na, na, 23, 45, 115, 37],
  6: [na, na, na, na, na, na, 29, na, 71, 39, na, na, 23, na, na, 21, 37, 20, 12, 13, na, na, na, na, na, na, na, na, na, na],
  7: [135, 49, 32, na, 64, 40, 77, 97, 97, 85, na, 10, 27, na, 7, 48, 35, 61, 79, 63, 16, na, na, 80, 108, 20, 52, 82, 50, 64, 59],
  8: [39, 9, 16, 78, 35, 66, 122, 89, 110, na, na, 44, 28, 65, na, 22, 59, 23, 31, 44, 21, 9, na, 45, 168, 73, na, 76, 118, 84, 85],
  9: [96, 78, 73, 91, 47, 32, 20, 23, 21, 24, 44, 21, 28, 9, 13, 46, 18, 13, 24, 16, 13, 23, 36, 7, 14, 30, na, 14, 18, 20],
};

/** The non-missing ozone values of each month, May (5) to September (9). */
export const ozoneGroups: number[][] = Object.values(ozoneByMonth).map((m) => m.filter((v): v is number => v !== null));
