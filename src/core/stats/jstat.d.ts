// jstat ships no types and there is no @types/jstat; this declares only the parts the stats library
// uses, so the rest of jStat stays out of reach until someone types it on purpose.
declare module "jstat" {
  interface JStatStatic {
    normal: {
      cdf(x: number, mean: number, sd: number): number;
      inv(p: number, mean: number, sd: number): number;
    };
    chisquare: {
      cdf(x: number, dof: number): number;
    };
    studentt: {
      inv(p: number, dof: number): number;
    };
    centralF: {
      cdf(x: number, df1: number, df2: number): number;
    };
    /** Regularised incomplete beta function I_x(a, b). */
    ibeta(x: number, a: number, b: number): number;
    /** Natural log of the gamma function. */
    gammaln(x: number): number;
  }
  const jStat: JStatStatic;
  export default jStat;
}
