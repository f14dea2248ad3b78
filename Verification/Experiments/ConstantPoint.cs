namespace Rssp.Verification.Experiments;

/// <summary>One point of a constant's grid: its label (which also names its seed stream), its ε (the quantile estimated
/// is 1 − ε), the scale the constant multiplies (log(1/ε) for Theorem 6, log(d²c/ε) for Proposition 32, 1 where the
/// trial already divides) and the trial, a function of the trial's seed alone.</summary>
public sealed record ConstantPoint(string Label, double Eps, double Scale, Func<ulong, double> Trial);
