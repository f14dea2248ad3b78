using Rssp.Verification.Catalogue;
using Rssp.Verification.Checking;

namespace Rssp.Reports.Tests;

/// <summary>The headline counts refutations by what they are about: a refuted proof step or construction is not a false statement.</summary>
public class TallyTests
{
    [Fact]
    public void Refutations_are_counted_by_target_kind()
    {
        var evidence = new Evidence(1, -1, "x", new ReplayToken.MasterSeed(1), [], "fails");
        ClaimResult Result(string key, Verdict v) => new(ClaimCatalogue.All.Single(c => c.Key == key), v, TimeSpan.Zero);
        var results = new[]
        {
            Result("Theorem 24 [Theorem 31's widths]", new Verdict.Refuted(evidence, "x")),
            Result("Theorem 31 [the proof's masks over [−1, 1]]", new Verdict.Refuted(evidence, "x")),
            Result("Lemma 34 [Eq. 4.6 as printed]", new Verdict.Refuted(evidence, "x")),
            Result("Lemma 23", new Verdict.Refuted(evidence, "x")),
            Result("Lemma 14", new Verdict.Holds(evidence)),
        };
        Assert.Equal("statements false as printed: 1; proof steps wrong: 1; constructions that fall short: 2; readings refuted: 0; " +
                     "1 hold, 0 inconclusive, 0 constants estimated", Listing.Tally(results));
    }
}
