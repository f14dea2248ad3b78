using Rssp.Verification.Claims;
using Rssp.Verification.Claims.Chapter2;
using Rssp.Verification.Claims.Chapter3;
using Rssp.Verification.Claims.Chapter4;

namespace Rssp.Verification.Catalogue;

/// <summary>Every claim, in seed order (literal reading first, then intended readings).</summary>
public static class ClaimCatalogue
{
    public static IReadOnlyList<Claim> All { get; } =
    [
        .. Definition3.Claims, .. Reductions.Claims, .. Theorem6.Claims, .. Remark7Claims.Claims, .. Corollary10.Claims,
        .. Lemma11.Claims, .. Definition12.Claims, .. Lemma14.Claims, .. Lemma15.Claims, .. Proposition16.Claims,
        .. Proposition17.Claims, .. Proposition18.Claims, .. Lemma19.Claims, .. Proposition20.Claims, .. Theorem21.Claims,
        .. Corollary22.Claims, .. Lemma23.Claims, .. ProofOfTheorem6.Claims,
        .. Theorem24.Claims, .. Definition25.Claims, .. Eq42.Claims, .. Remark29.Claims, .. Proposition32.Claims, .. Proposition33.Claims, .. Lemma34.Claims, .. Theorem31.Claims, .. Eq424.Claims, .. Section41.Claims,
    ];

    /// <summary>The claims whose id or key matches (case and spaces ignored); every variant of an id matches it.</summary>
    public static IReadOnlyList<Claim> Matching(string idOrKey)
    {
        var wanted = Normalise(idOrKey);
        return All.Where(c => Normalise(c.Id) == wanted || Normalise(c.Key) == wanted).ToArray();
    }

    private static string Normalise(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).Select(char.ToLowerInvariant).ToArray());
}
