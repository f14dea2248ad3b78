namespace Rssp.Verification.Experiments;

/// <summary>One point of a constant's grid: its label (which also names its seed stream), its ε (the quantile estimated
/// is 1 − ε), the scale the constant multiplies (log(1/ε) for Theorem 6, log(d²c/ε) for Proposition 32, 1 where the
/// trial already divides), the trial, a function of the trial's seed alone, and the offset the statement's integer
/// quantifier takes from the quantile (the ratio is (quantile − Offset)/Scale: 1 where "every integer n ≥ C·scale"
/// must reach n*, since ⌈C·scale⌉ ≥ n* ⟺ C·scale &gt; n* − 1; 1/c1 for Lemma 34's n = c1·n′; 0 where the trial
/// already accounts for it).</summary>
public sealed record ConstantPoint(string Label, double Eps, double Scale, Func<ulong, double> Trial, double Offset = 0);
