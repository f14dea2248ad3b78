using FsCheck;
using FsCheck.Fluent;
using Rssp.Theory.Random;
using Rssp.Theory.SubsetSum;
using Rssp.Theory.Tensors;
using Rssp.Verification.Checking;
using Rssp.Verification.Generators;

namespace Rssp.Verification.Claims.Chapter4;

/// <summary>The use of Corollary 10 in the proof of Proposition 32: the range of targets it covers ([−a, a] = [−½, ½] with
/// Lemma 11's a = ½) against the range E^(filter) needs ([−1, 1]); the ε it passes, ε/(d²c), against its hypothesis
/// ε ∈ (0, 1/3); and the precision of E^(filter) (printed ε) against Eq. 4.5's ε/(d²c).</summary>
[Statement(32.5, "Proof of Proposition 32")]
public static class ProofOfProposition32
{
    public static Claim TargetRange => Define.Exact("Proof of Proposition 32",
        "Corollary 10, applied with Lemma 11's (a, b) = (½, (log 2)/2), makes every z ∈ [−a, a] = [−½, ½] approximable; the event E^(filter)_{i,j,k,1} needs every z ∈ [−1, 1] (every entry K_{i,j,k,1} ∈ [−1, 1]).",
        "targets z across [−1, 1] (ends included); margin a − |z| with a = ½",
        () => Arb.From(RsspGens.Point(-1, 1)), z => 0.5 - Math.Abs(z), variantName: "use of Corollary 10: target range", bound: _ => 0.5,
        describe: z => $"target z = {z:G6} (an entry of K), against the range [−½, ½] that Corollary 10 covers with a = ½",
        target: ClaimTarget.ProofStep("use of Corollary 10 in the proof of Proposition 32: the targets it covers ([−½, ½]) against those needed ([−1, 1])"),
        mutants: [new("targets in [−½, ½]", MutationKind.HoldsByConstruction, "E^(filter) asked for z ∈ [−½, ½] only: the hypothesis restates the conclusion.", z => Math.Abs(z) <= 0.5 ? 0.5 - Math.Abs(z) : null)]);

    public static Claim EpsRange => Define.Exact("Proof of Proposition 32",
        "Corollary 10's hypothesis ε ∈ (0, 1/3) holds at the error the proof passes, ε/(d²c), for every ε > 0 the proposition admits.",
        "d, c from 1 to 3, ε across (0, 2); margin 1/3 − ε/(d²c), strict",
        () => Arb.From(from d in Gen.Choose(1, 3) from c in Gen.Choose(1, 3) from k in Gen.Choose(1, 1999) select (D: d, C: c, Eps: k / 1000.0)),
        p => ExactCheck.Strict(1.0 / 3 - p.Eps / (p.D * p.D * p.C)), variantName: "use of Corollary 10: ε/(d²c) < 1/3", bound: _ => 1.0 / 3,
        describe: p => $"d = {p.D}, c = {p.C}, ε = {p.Eps}: the error passed to Corollary 10, ε/(d²c) = {p.Eps / (p.D * p.D * p.C):G4}, against its hypothesis ε < 1/3",
        target: ClaimTarget.ProofStep("use of Corollary 10 in the proof of Proposition 32: its hypothesis ε ∈ (0, 1/3) at ε/(d²c)"),
        mutants: [new("ε → min{ε, ¼}", MutationKind.ConstantChanged, "Corollary 10 passed min{ε, ¼}/(d²c) (an ε ≥ ¼ asks nothing ε = ¼ does not give): below 1/3.",
            p => ExactCheck.Strict(1.0 / 3 - Math.Min(p.Eps, 0.25) / (p.D * p.D * p.C)))]);

    /// <summary>The samples of one entry, V_{1,1,t,1}·U⁺_{i,j,k,t} for t ∈ [n], with ε, and the number d²c of entries.</summary>
    public sealed record EntryCase(RsspInstance Instance, int Entries)
    {
        public override string ToString() => $"{Instance}, d²c = {Entries}";
    }

    private static Arbitrary<EntryCase> EntryCases => Arb.From(
        from eps in Gen.Elements(0.1, 0.03, 0.01)
        from entries in Gen.Elements(2, 4, 8, 9, 12, 27)
        from seed in Gen.Choose(0, int.MaxValue)
        select Entry(eps, entries, (ulong)seed));

    private static EntryCase Entry(double eps, int entries, ulong seed)
    {
        var rng = new Rng(seed);
        var n = 2 * (int)Math.Ceiling(Math.Log2(1 / eps)) + 12;
        var (v, u) = (rng.Symmetric(n), rng.Symmetric(n));
        return new EntryCase(new RsspInstance(v.Zip(u, (a, b) => a * Math.Max(0, b)).ToArray(), eps), entries);
    }

    public static Claim EventPrecision => Define.Exact("Proof of Proposition 32",
        "When E^(filter) holds — every z ∈ [−1, 1] within ε of a subset sum of V_{1,1,t,1}·U⁺_{i,j,k,t} — Eq. 4.5 follows: every entry within ε/(d²c).",
        "one entry's samples (n = 2⌈log₂(1/ε)⌉ + 12, V·U⁺ drawn), d²c from 2 to 27: where [−1, 1] is ε-covered (exact), is it ε/(d²c)-covered; margin 0 if so, else −(uncovered fraction)",
        () => EntryCases,
        c =>
        {
            var (samples, eps) = (c.Instance.Samples.ToArray(), c.Instance.Eps);
            if (!Approximable.CoversUnitInterval(samples, eps)) return null;
            var fine = eps / c.Entries;
            return Approximable.CoversUnitInterval(samples, fine) ? 0 : -(1 - Approximable.Density(samples, fine));
        }, variantName: "the filter event at ε gives Eq. 4.5",
        target: ClaimTarget.ProofStep("E^(filter) (precision ε as printed) giving Eq. 4.5 (precision ε/(d²c)), in the proof of Proposition 32"),
        mutants:
        [
            // The measure of [−1, 1] within r of a finite set is concave in r and 0 at r = 0, so an ε-cover is an
            // ε/(d²c)-cover of at least the fraction 1/(d²c): a true, weaker conclusion, which the check must not refute.
            new("all of [−1, 1] → a fraction 1/(d²c)", MutationKind.BoundLoosened,
                "E^(filter) gives every entry within ε/(d²c) on at least the fraction 1/(d²c) of [−1, 1]",
                c => Approximable.CoversUnitInterval(c.Instance.Samples.ToArray(), c.Instance.Eps)
                    ? Approximable.Density(c.Instance.Samples.ToArray(), c.Instance.Eps / c.Entries) - 1.0 / c.Entries : null),
        ]);

    /// <summary>U⁺ (the kernel of a tensor case, negatives pruned), V ∈ Unif([−1, 1])^{1×1×n×1} with n its output channels,
    /// and X ≥ 0 (the case's input, entries in [0, 1]).</summary>
    private static (Tensor UPlus, Tensor V, Tensor X) Layers(TensorCase t) =>
        (t.Kernel.Relu(), Tensor.Uniform(new Rng(t.Seed ^ 0x5DEECE66DUL), 1, 1, t.C1, 1), t.NonNegativeInput);

    public static Claim Eq43 => Define.Exact("Proof of Proposition 32",
        "Eq. 4.3: V ∗ σ(U⁺ ∗ X) = V ∗ (U⁺ ∗ X) for X ≥ 0, and V ∗ (U⁺ ∗ X) = L ∗ X with L_{i,j,k,1} = Σ_t V_{1,1,t,1} U⁺_{i,j,k,t}.",
        "random U (shapes of the tensor cases, n = its output channels), V, X ∈ [0, 1]^{D×D′×c}; margin −(largest entry-wise difference of each equality)",
        () => TensorCase.Arbitrary,
        t =>
        {
            var (u, v, x) = Layers(t);
            var linear = Convolution.Convolve(v, Convolution.Convolve(u, x));
            var l = Tensor.Create([u.Shape[0], u.Shape[1], u.Shape[2], 1], ix => Enumerable.Range(0, t.C1).Sum(s => v[0, 0, s, 0] * u[ix[0], ix[1], ix[2], s]));
            return -Math.Max(ReluGap(u, v, x), Convolution.Convolve(l, x).Subtract(linear).MaxNorm());
        }, variantName: "Eq. 4.3 and L", tolerance: Tolerance.Convolutions,
        target: ClaimTarget.ProofStep("Eq. 4.3 and V ∗ (U⁺ ∗ X) = L ∗ X, in the proof of Proposition 32"),
        mutants: [new("U⁺ → U", MutationKind.HypothesisChanged, "V ∗ σ(U ∗ X) = V ∗ (U ∗ X) without pruning the negative entries.", t => { var (_, v, x) = Layers(t); return -ReluGap(t.Kernel, v, x); })]);

    /// <summary>‖V ∗ σ(U ∗ X) − V ∗ (U ∗ X)‖_max: what the ReLU between the layers changes (nothing when U ∗ X ≥ 0).</summary>
    private static double ReluGap(Tensor u, Tensor v, Tensor x)
    {
        var inner = Convolution.Convolve(u, x);
        return Convolution.Convolve(v, inner.Relu()).Subtract(Convolution.Convolve(v, inner)).MaxNorm();
    }

    public static IReadOnlyList<Claim> Claims => [TargetRange, EpsRange, EventPrecision, Eq43];
}
