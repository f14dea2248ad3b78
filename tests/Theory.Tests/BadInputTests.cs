using Rssp.Theory.Bounds;
using Rssp.Theory.Distributions;
using Rssp.Theory.Networks;
using Rssp.Theory.Random;
using Rssp.Theory.SubsetSum;
using Rssp.Theory.Tensors;

namespace Rssp.Theory.Tests;

/// <summary>Bad input gets an ArgumentException that names the parameter.</summary>
public class BadInputTests
{
    // Each case is its own test (a serialisable index, not a delegate) so that per-test coverage — what
    // Stryker uses to pick the tests for a mutant — sees every case, not one opaque theory.
    private static readonly (string Parameter, Action Call)[] CasesList =
    [
        ("eps", () => Approximable.Set([0.1], 0)),
        ("eps", () => LayerPruning.EntryPrecision(0, 1, 1, 1, 1)),
        ("c1", () => LayerPruning.EntryPrecision(0.1, 1, 1, 1, 0)),
        ("d", () => LayerPruning.EntryPrecision(0.1, 0, 1, 1, 1)),
        ("dp", () => LayerPruning.EntryPrecision(0.1, 1, 0, 1, 1)),
        ("c0", () => LayerPruning.EntryPrecision(0.1, 1, 1, 0, 1)),
        ("eps", () => NetworkPruning.LayerPrecision(-1, 2)),
        ("depth", () => NetworkPruning.LayerPrecision(0.1, 0)),
        ("eps", () => RandomCnn.WidthLog(1, 1, 1, 1, 0)),
        ("eps", () => Approximable.Set([0.1], -1)),
        ("eps", () => Approximable.Density([0.1], double.NaN)),
        ("eps", () => Approximable.Trajectory([0.1], double.PositiveInfinity)),
        ("samples", () => Approximable.Set([0.1, double.NaN], 0.1)),
        ("samples", () => StoppingTime.FirstCover([double.NegativeInfinity], 0.1)),
        ("z", () => Approximable.IsApproximable([0.1], 0.1, double.NaN)),
        ("lo", () => Approximable.Set([0.1], 0.1, double.NaN, 1)),
        ("eps", () => StoppingTime.OfUniformStream(1, 0)),
        ("maxSamples", () => StoppingTime.OfUniformStream(1, 0.1, 0)),
        ("maxSamples", () => StoppingTime.OfUniformStream(1, 1e-9, 4)),
        ("x", () => NextDensityLaw.Of([0.1], 0.1).At(1.5)),
        ("t", () => NextDensityLaw.Of([0.1], 0.1).ProbabilityAtLeast(double.NaN)),
        ("next", () => HatDensity.Next([0.1], 0.1, double.NaN)),
        ("samples", () => Witness.Closest([double.NaN], 0)),
        ("z", () => Witness.Closest([0.5], double.PositiveInfinity)),
        ("samples.Length", () => Witness.Closest(new double[49], 0)),
        ("eps", () => Witness.FirstWithin([0.5], 0, -0.1)),
        ("n", () => new Rng(1).Symmetric(-1)),
        ("lo", () => IntervalSet.Single(double.NaN, 1)),
        ("d", () => IntervalSet.Single(0, 1).Shift(double.NaN)),
        ("hi", () => IntervalSet.Single(0, 1).Measure(0, double.PositiveInfinity)),
        ("halfWidth", () => new UniformLaw(0)),
        ("b", () => SuperUniformPruning.ValidateParameters(0.5, 1.5)),
        ("a", () => SuperUniformPruning.ValidateParameters(-1, 0.1)),
        ("b", () => SuperUniformPruning.IsSuperUniform(new ProductOfUniforms(), 0.5, 1)),
        ("resolution", () => SuperUniformPruning.IsSuperUniform(new ProductOfUniforms(), 0.5, 0.3, 0)),
        ("a", () => SuperUniformPruning.Prune(new ProductOfUniforms(), 0, 0.3, 10, new Rng(1))),
        ("n", () => SuperUniformPruning.Prune(new ProductOfUniforms(), 0.5, 0.3, -1, new Rng(1))),
        ("b", () => SuperUniformPruning.KeepProbability(0.5, 0)),
        ("count", () => Trials.Run(1, new SeedStream(1), 0, -1, (_, s) => s)),
        ("indices", () => Trials.Run(1, new SeedStream(1), [3L, -1], (_, s) => s)),
        ("beta", () => GrowthProbability.PBeta(0.125)),
        ("eps", () => FirstPhaseTail.Alpha(0.05, 0.5)),
        ("n", () => FirstPhaseTail.LowerBound(0.05, 0.1, 0)),
        ("t", () => GrowthProbability.ReverseMarkov(0.5, 1, 1)),
        ("eps", () => CoverageConstants.CountingLowerBound(0)),
        ("items.Length", () => IntegerSubsetSum.SolveNpp(new NppInstance(new long[41]))),
        ("lo", () => IntervalSet.Single(0, 1).Clip(double.NaN, 1)),
        ("hi", () => IntervalSet.Single(0, 1).Clip(0, double.NaN)),
        ("hi", () => IntervalSet.Single(0, 1).UnionWithShift(0.1, 0, double.NaN)),
        ("d", () => IntervalSet.Single(0, 1).UnionWithShift(double.NaN, 0, 1)),
        ("lo", () => IntervalSet.Single(0, 1).UnionWithShift(0.1, double.NegativeInfinity, 1)),
        ("hi", () => Approximable.Set([0.1], 0.1, 0, double.NaN)),
        ("lo", () => IntervalSet.Single(0, 1).Gaps(double.NaN, 1)),
        ("hi", () => IntervalSet.Single(0, 1).Gaps(0, double.PositiveInfinity)),
        ("hi", () => IntervalSet.Single(0, double.NaN)),
        ("lo", () => StoppingTime.FirstCover([0.5], 0.1, double.NaN, 1)),
        ("hi", () => StoppingTime.FirstCover([0.5], 0.1, 0, double.NaN)),
        ("lo", () => StoppingTime.FirstCover([0.5], 0.1, 1, 0)),
        ("eps", () => StoppingTime.OfStream(1, r => r.NextSymmetric(), 0, -1, 1)),
        ("maxSamples", () => StoppingTime.OfStream(1, r => r.NextSymmetric(), 0.1, -1, 1, 0)),
        ("eps", () => LayerPruning.Lemma34(Tensor.Zeros(1, 1, 1, 2), Tensor.Zeros(1, 1, 2, 1), Tensor.Zeros(1, 1, 1, 1), 2, 2, 0)),
        ("rows", () => LayerPruning.Lemma34(Tensor.Zeros(1, 1, 1, 2), Tensor.Zeros(1, 1, 2, 1), Tensor.Zeros(1, 1, 1, 1), 0, 2, 0.1)),
        ("cols", () => LayerPruning.Lemma34(Tensor.Zeros(1, 1, 1, 2), Tensor.Zeros(1, 1, 2, 1), Tensor.Zeros(1, 1, 1, 1), 2, 0, 0.1)),
        ("v", () => LayerPruning.Lemma34(Tensor.Zeros(1, 1, 1, 2), Tensor.Zeros(1, 2, 2, 1), Tensor.Zeros(1, 1, 1, 1), 2, 2, 0.1)),
        ("v", () => LayerPruning.Lemma34(Tensor.Zeros(1, 1, 1, 2), Tensor.Zeros(2, 1, 2, 1), Tensor.Zeros(1, 1, 1, 1), 2, 2, 0.1)),
        ("k", () => LayerPruning.Lemma34(Tensor.Zeros(1, 1, 1, 2), Tensor.Zeros(1, 1, 2, 1), Tensor.Zeros(1, 1, 2, 1), 2, 2, 0.1)),
        ("k", () => LayerPruning.Lemma34(Tensor.Zeros(1, 1, 1, 2), Tensor.Zeros(1, 1, 2, 1), Tensor.Zeros(1, 1, 1, 2), 2, 2, 0.1)),
        ("k", () => LayerPruning.Lemma34(Tensor.Zeros(2, 2, 1, 2), Tensor.Zeros(1, 1, 2, 1), Tensor.Zeros(2, 1, 1, 1), 2, 2, 0.1)),
        ("k", () => LayerPruning.Proposition32(Tensor.Zeros(1, 1, 1, 4), Tensor.Zeros(1, 1, 4, 2), Tensor.Zeros(1, 1, 1, 2), 2, 2, 0.1)),
        ("filters", () => _ = new SimpleCnn([])),
        ("filters", () => _ = new SimpleCnn([Tensor.Zeros(2, 2, 1)])),
        ("filters", () => _ = new SimpleCnn([Tensor.Zeros(2, 2, 1, 3), Tensor.Zeros(2, 2, 2, 1)])),
        ("channels", () => SimpleCnn.Random(new Rng(1), [3, 3], [1, 2])),
        ("widths", () => RandomCnn.WithWidths(new SimpleCnn([Tensor.Zeros(1, 1, 1, 1)]), [2, 2], new Rng(1))),
        ("masks", () => RandomCnn.WithWidths(new SimpleCnn([Tensor.Zeros(1, 1, 1, 1)]), [2], new Rng(1)).Forward(Tensor.Zeros(2, 2, 1), [])),
        ("c", () => RandomCnn.Width(0, 1, 1, 1, 1, 0.1)),
        ("eps", () => RandomCnn.Width(1, 1, 1, 1, 1, 0)),
        ("eps", () => NetworkPruning.Theorem31(new SimpleCnn([Tensor.Zeros(1, 1, 1, 1)]), RandomCnn.WithWidths(new SimpleCnn([Tensor.Zeros(1, 1, 1, 1)]), [2], new Rng(1)), 0, 2, 2)),
        ("network", () => NetworkPruning.Theorem31(new SimpleCnn([Tensor.Zeros(1, 1, 1, 1), Tensor.Zeros(1, 1, 1, 1)]), RandomCnn.WithWidths(new SimpleCnn([Tensor.Zeros(1, 1, 1, 1)]), [2], new Rng(1)), 0.1, 2, 2)),
        ("kernel", () => Convolution.Convolve(Tensor.Zeros(2, 2), Tensor.Zeros(2, 2, 1))),
        ("input", () => Convolution.Convolve(Tensor.Zeros(2, 2, 1, 1), Tensor.Zeros(2, 2))),
        ("input", () => Convolution.Convolve(Tensor.Zeros(2, 2, 2, 1), Tensor.Zeros(2, 2, 1))),
        ("m", () => ExactSupremum.Of(Tensor.Zeros(2, 2, 1), 2, 2)),
        ("rows", () => ExactSupremum.Of(Tensor.Zeros(2, 2, 1, 1), 0, 2)),
        ("cols", () => ExactSupremum.Of(Tensor.Zeros(2, 2, 1, 1), 2, 0)),
        ("k", () => LayerPruning.Proposition32(Tensor.Zeros(1, 1, 1, 4), Tensor.Zeros(1, 1, 4, 1), Tensor.Zeros(1, 1, 1), 2, 2, 0.1)),
        ("u", () => LayerPruning.Lemma34(Tensor.Zeros(1, 1, 4), Tensor.Zeros(1, 1, 4, 1), Tensor.Zeros(1, 1, 1, 1), 2, 2, 0.1)),
        ("v", () => LayerPruning.Lemma34(Tensor.Zeros(1, 1, 1, 4), Tensor.Zeros(1, 1, 3, 1), Tensor.Zeros(1, 1, 1, 1), 2, 2, 0.1)),
        ("v", () => LayerPruning.Lemma34(Tensor.Zeros(1, 1, 1, 4), Tensor.Zeros(1, 4, 1), Tensor.Zeros(1, 1, 1, 1), 2, 2, 0.1)),
        ("k", () => LayerPruning.Lemma34(Tensor.Zeros(1, 1, 1, 4), Tensor.Zeros(1, 1, 4, 1), Tensor.Zeros(1, 1, 1), 2, 2, 0.1)),
        ("k", () => LayerPruning.Lemma34(Tensor.Zeros(1, 1, 1, 4), Tensor.Zeros(1, 1, 4, 1), Tensor.Zeros(1, 1, 2, 1), 2, 2, 0.1)),
        ("u", () => LayerPruning.Lemma34(Tensor.Zeros(1, 1, 1, 2), Tensor.Zeros(1, 1, 2, 3), Tensor.Zeros(1, 1, 1, 3), 2, 2, 0.1)),
        ("shape", () => Tensor.Zeros()),
        ("shape", () => Tensor.Zeros(1, 1, 1, 1, 1)),
        ("shape", () => Tensor.Zeros(2, 0)),
        ("shape", () => Tensor.Zeros(2, -1)),
        ("data", () => Tensor.FromArray([2, 2], new double[3])),
        ("data", () => Tensor.FromArray([2], [1, double.NaN])),
        ("index", () => _ = Tensor.Zeros(2, 3)[1]),
        ("index", () => _ = Tensor.Zeros(2, 3)[2, 0]),
        ("index", () => _ = Tensor.Zeros(2, 3)[0, 3]),
        ("index", () => _ = Tensor.Zeros(2, 3)[0, -1]),
        ("from", () => Tensor.Zeros(2, 3).SliceLast(-1, 2)),
        ("from", () => Tensor.Zeros(2, 3).SliceLast(0, 4)),
        ("from", () => Tensor.Zeros(2, 3).SliceLast(2, 1)),
        ("shape", () => Tensor.Zeros(2, 3).Reshape(5)),
        ("other", () => Tensor.Zeros(2, 3).Add(Tensor.Zeros(3, 2))),
        ("other", () => Tensor.Zeros(2, 3).Hadamard(Tensor.Zeros(6))),
    ];

    public static TheoryData<int> Cases => new(Enumerable.Range(0, CasesList.Length));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Names_the_parameter(int index)
    {
        var (parameter, call) = CasesList[index];
        var e = Assert.Throws<ArgumentException>(call);
        Assert.Equal(parameter, e.ParamName);
        Assert.False(string.IsNullOrWhiteSpace(e.Message.Replace($"(Parameter '{parameter}')", "")));
    }
}
