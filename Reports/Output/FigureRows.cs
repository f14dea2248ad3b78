using CsvHelper;

namespace Rssp.Reports.Output;

// The rows of the CSV behind each figure, one type per file; the column names are the header. A double that is not
// finite (NaN where a value does not exist) is an empty cell.

/// <summary>coverage.csv: Pr(T_ε ≤ n) with its 95% band.</summary>
[CsvRecord]
public sealed partial record CoverageRow(
    [CsvColumn("eps")] double Eps, [CsvColumn("n")] int N, [CsvColumn("probability")] double Probability,
    [CsvColumn("low95")] double Low95, [CsvColumn("high95")] double High95);

/// <summary>growth.csv: E[Z_{n+1} | X_1..X_n]/Z_n per instance.</summary>
[CsvRecord]
public sealed partial record GrowthRow([CsvColumn("zn")] double Zn, [CsvColumn("ratio")] double Ratio);

/// <summary>The grid of a probabilistic claim (proposition20.csv, lemma23.csv, …): one row per grid point.</summary>
[CsvRecord]
public sealed partial record ObservationRow(
    [CsvColumn("point")] int Point, [CsvColumn("where")] string Where, [CsvColumn("trials")] long Trials,
    [CsvColumn("estimate")] double Estimate, [CsvColumn("low")] double Low, [CsvColumn("high")] double High,
    [CsvColumn("bound")] double Bound, [CsvColumn("outcome")] string Outcome);

/// <summary>proposition18.csv: the exact one-step growth probability against p_β.</summary>
[CsvRecord]
public sealed partial record Proposition18Row(
    [CsvColumn("beta")] double Beta, [CsvColumn("minimum")] double Minimum, [CsvColumn("median")] double Median,
    [CsvColumn("bound")] double Bound);

/// <summary>proposition33.csv: the ratio at random and worst inputs per filter size.</summary>
[CsvRecord]
public sealed partial record Proposition33Row(
    [CsvColumn("filter_size")] int FilterSize, [CsvColumn("random_ratio")] double RandomRatio,
    [CsvColumn("worst_ratio")] double WorstRatio);

/// <summary>certified-error.csv: the error of a pruning construction against width.</summary>
[CsvRecord]
public sealed partial record CertifiedErrorRow(
    [CsvColumn("construction")] string Construction, [CsvColumn("width")] double Width,
    [CsvColumn("median")] double Median, [CsvColumn("largest")] double Largest);

/// <summary>widths.csv: a series' width at ε, with an interval where the series has one (empty cells otherwise).</summary>
[CsvRecord]
public sealed partial record WidthRow(
    [CsvColumn("series")] string Series, [CsvColumn("eps")] double Eps, [CsvColumn("width")] double Width,
    [CsvColumn("low")] double Low = double.NaN, [CsvColumn("high")] double High = double.NaN);

/// <summary>constant.csv: n*/scale per grid point with its interval.</summary>
[CsvRecord]
public sealed partial record ConstantRow(
    [CsvColumn("point")] string Point, [CsvColumn("eps")] double Eps, [CsvColumn("scale")] double Scale,
    [CsvColumn("trials")] long Trials, [CsvColumn("ratio")] double Ratio, [CsvColumn("low")] double Low,
    [CsvColumn("high")] double High);

/// <summary>A constant's jumps from ε-paths (constant.csv, …): n*(ε) = n on [ε_n, ε_{n−1}); per n the jump ε_{n−1} with its
/// interval (0: below the paths' ε_min; an empty high: above ε_max) and the two ratios' sups on the piece; source "paths"
/// (the ε-paths) or "rare-event" (the importance-sampled jumps below the paths' floor).</summary>
[CsvRecord]
public sealed partial record PathJumpRow(
    [CsvColumn("n")] int N, [CsvColumn("eps_jump")] double EpsJump, [CsvColumn("eps_low")] double EpsLow, [CsvColumn("eps_high")] double EpsHigh,
    [CsvColumn("sup_n_minus_1_over_ln")] double SupNMinus1, [CsvColumn("sup_n_over_ln")] double SupN, [CsvColumn("above_floor")] bool AboveFloor,
    [CsvColumn("source")] string Source);

/// <summary>laws.csv: per law of the samples (target [−½, ½]) the jumps ε_n of n*(ε) with their 95% intervals.</summary>
[CsvRecord]
public sealed partial record LawJumpRow(
    [CsvColumn("law")] string Law, [CsvColumn("n")] int N, [CsvColumn("eps_jump")] double EpsJump, [CsvColumn("eps_low")] double EpsLow,
    [CsvColumn("eps_high")] double EpsHigh);

/// <summary>filter-constants.csv: per claim and filter shape searched, K = d²c0c1, the sup over ε of the claim's ratio
/// with its interval, where it is approached, and whether the search stood on the shape.</summary>
[CsvRecord]
public sealed partial record FilterShapeRow(
    [CsvColumn("claim")] string Claim, [CsvColumn("shape")] string Shape, [CsvColumn("k")] int K, [CsvColumn("sup")] double Sup,
    [CsvColumn("low")] double Low, [CsvColumn("high")] double High, [CsvColumn("where")] string Where, [CsvColumn("on_path")] bool OnPath);

/// <summary>filter-constants-eps.csv: per filter shape of Proposition 32's search the jumps ε_n of n*(ε) with their
/// intervals and the ratio (n − 1)/ln(K/ε) at the top of the piece [ε_n, ε_{n−1}) it ends.</summary>
[CsvRecord]
public sealed partial record FilterJumpRow(
    [CsvColumn("shape")] string Shape, [CsvColumn("n")] int N, [CsvColumn("eps_jump")] double EpsJump, [CsvColumn("eps_low")] double EpsLow,
    [CsvColumn("eps_high")] double EpsHigh, [CsvColumn("ratio_below_jump")] double RatioBelowJump, [CsvColumn("above_floor")] bool AboveFloor);
