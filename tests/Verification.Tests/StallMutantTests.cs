using Rssp.Theory.Bounds;
using Rssp.Theory.Random;
using Rssp.Verification.Catalogue;
using Rssp.Verification.Checking;
using Rssp.Verification.Claims.Chapter3;
using Rssp.Verification.Reference;
using Outcome = Rssp.Verification.Checking.Outcome;

namespace Rssp.Verification.Tests;

/// <summary>Eq. 3.10's mutant "p_β → 1" (Pr(Z_{α+1} ≤ ½) ≤ 0) is decided on samples from a proposal with the same null
/// sets as Unif([−1, 1]): its law is what the claim says, a witness it finds is a real stall (recounted from all 2ⁿ
/// subset sums, strictly below ½, so a neighbourhood of the witness stalls too and the event has positive probability
/// under the uniform law), and the mutant is refuted while the claim holds.</summary>
public class StallMutantTests
{
    [Fact]
    public void The_proposal_draws_fair_signs_and_magnitudes_in_the_open_unit_interval_below_the_uniform_law()
    {
        var x = Enumerable.Range(0, 200).SelectMany(s => ProofOfProposition20.Stalling(new Rng((ulong)s), 50)).ToArray();
        Assert.All(x, v => Assert.InRange(Math.Abs(v), double.Epsilon, 1 - 1e-16));
        Assert.InRange(x.Count(v => v > 0) / (double)x.Length, 0.47, 0.53);
        // E|x| = 2^−k for the product of k uniforms: 1/16 against 1/2 for the uniform law (±5 standard errors)
        Assert.InRange(x.Average(Math.Abs), 1.0 / 16 - 0.005, 1.0 / 16 + 0.005);
    }

    [Fact]
    public void A_witness_of_the_proposal_is_a_stall_by_brute_force()
    {
        const double eps = 0.3;
        var n = FirstPhaseTail.Alpha(1.0 / 16, eps) + 1;
        var witness = Enumerable.Range(0, 100).Select(s => ProofOfProposition20.Stalling(new Rng((ulong)s), n))
            .First(x => Theory.SubsetSum.Approximable.Density(x, eps) <= 0.5);
        Assert.Equal(10, n);
        Assert.True(BruteForce.Density(witness, eps) < 0.5 - 1e-9, $"Z_{n} = {BruteForce.Density(witness, eps):R}");
    }

    [Fact]
    public void The_stall_mutant_is_refuted_while_Eq_310_holds()
    {
        var row = MutantRun.Check(ProofOfProposition20.Eq310, Budget.Quick, 1);
        Assert.Equal(Outcome.Holds, row.Claim.Verdict.Outcome);
        var stall = row.Mutants.Single(m => m.Mutant.Name == "p_β → 1");
        Assert.Equal(Outcome.Refuted, stall.Verdict.Outcome);
        Assert.True(stall.Killed && stall.Mutant.CountsTowardPower);
    }
}
