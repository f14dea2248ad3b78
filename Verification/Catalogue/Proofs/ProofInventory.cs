using Rssp.Verification.Claims.Chapter2;
using Rssp.Verification.Claims.Chapter3;
using Rssp.Verification.Claims.Chapter4;
using static Rssp.Verification.Catalogue.Proofs.Steps;

namespace Rssp.Verification.Catalogue.Proofs;

/// <summary>Every printed proof of chapters 2–4, step by step as the seed prints it: each displayed relation, each
/// definition a proof introduces, each sentence asserting a relation, each invocation of an earlier result (marked with
/// the result it uses). A step names the claims that check it (the step as printed first, a reading beside it), or why
/// it cannot be checked, or nothing yet (not yet checked). The report counts these per proof and draws the graph of uses.</summary>
public static class ProofInventory
{
    public static IReadOnlyList<Proof> All { get; } = [.. Chapter2(), .. Chapter3(), .. Chapter4()];

    private const string Definition = "a definition the proof introduces: nothing to check";

    private static IEnumerable<Proof> Chapter2() =>
    [
        new("§2.0.1",
        [
            CheckedByKey("SSP to NPP", "SSP(x_1..x_n; z) is equivalent to NPP({x_1..x_n, Σ_i x_i − 2z}).", "§2.0.1"),
            CheckedByKey("Eq. 2.1", "Without loss of generality an NPP solution has the form (Σ_i x_i − 2z) + Σ_{x∈S} x − Σ_{x∉S} x = 0 for some S ⊆ {x_1..x_n}.", "§2.0.1"),
            NotCheckable("rewriting Eq. 2.1", "Σ_i x_i − Σ_{x∉S} x = Σ_{x∈S} x, so Eq. 2.1 reads Σ_{x∈S} x = z.", "an identity of finite sums (S and its complement partition the x_i)"),
            CheckedByKey("NPP to SSP", "NPP(x_1..x_n) is equivalent to SSP(x_1..x_n; ½ Σ_i x_i).", "§2.0.1"),
        ]),
        new("Corollary 10",
        [
            NotCheckable("pruned sample", "Ω̃_n = {X_i : X_i ∈ [−a, a] ∧ U_i·f_i(X_i) ≤ b}, U_i i.i.d. Unif([0, 1]).", Definition),
            Checked("pruned law", "Pr(X_i = x | X_i ∈ Ω̃_n) = 1/(2a) for x ∈ [−a, a]: each member of Ω̃_n is Unif([−a, a]).", Corollary10.PrunedLaw),
            Checked("keep rate", "Pr(X_i ∈ Ω̃_n) ≥ 2ab.", Corollary10.KeepRate),
            Checked("Chernoff step", "For C_{a,b} large enough, a Chernoff bound gives Pr(|Ω̃_n| ≥ C log(1/ε) | |Ω_n| ≥ C_{a,b} log(1/ε)) ≥ 1 − ε/2.", ProofOfCorollary10.Chernoff),
            Checked("use of Theorem 6: sample size", "Theorem 6 applies to Ω̃_n with ε′ = ε/2: |Ω̃_n| ≥ C log(1/ε) meets its hypothesis n ≥ C log(1/ε′).",
                ProofOfCorollary10.SampleSizeAsPrinted, ProofOfCorollary10.SampleSizeDoubled).Using("Theorem 6"),
            Checked("use of Theorem 6: precision", "Theorem 6 on Ω̃_n (Unif([−a, a])) with ε′ = ε/2 makes every z ∈ [−a, a] ε-approximable.",
                ProofOfCorollary10.ScaleAsPrinted, ProofOfCorollary10.ScaleCorrected).Using("Theorem 6"),
            NotCheckable("use of Theorem 6: independence", "Given |Ω̃_n|, the members of Ω̃_n are i.i.d. Unif([−a, a]) (Theorem 6's sample law).", "independence by construction (the pairs (X_i, U_i) are independent); the law of each member is the pruned-law step").Using("Theorem 6"),
            Checked("closing product", "The probability that Ω̃_n is large enough and every value ε-approximable is (1 − ε/2)² > 1 − ε.", UsesInTheorem6.Squares),
        ]),
        new("Lemma 11", [], "no proof printed: the lemma is stated and used; its density is checked as the statement"),
    ];

    private static IEnumerable<Proof> Chapter3() =>
    [
        new("Lemma 14",
        [
            CheckedByKey("case 1", "If a subset of Ω_n approximates z, Y_n(z) = 1 (and Y_{n+1}(z) = 1).", "Lemma 14"),
            CheckedByKey("case 2", "If X_{n+1} must be included, Y_{n+1}(z) = Y_n(z − X_{n+1}).", "Lemma 14"),
        ]),
        new("Lemma 15",
        [
            Checked("nearby approximable z", "Since Z_{n,ε} ≥ 1 − ε/2, a z′ not ε-approximable is within ε of an ε-approximable z.", ProofOfLemma15.GapStep),
            NotCheckable("the sum x", "Let x be the sum of the subset which ε-approximates z.", "a choice: x exists by the definition of ε-approximable"),
            Checked("triangle inequality", "|z′ − x| ≤ |z′ − z| + |z − x| ≤ ε.", ProofOfLemma15.TriangleAsPrinted, ProofOfLemma15.TriangleTwoEps),
        ]),
        new("Proposition 16",
        [
            NotCheckable("Definition 12", "E[Z_{n+1} | X_1..X_n] = E[½ ∫_{−1}^{1} Y_{n+1}(z) dz | X_1..X_n].", "the definition of Z_{n+1}"),
            NotCheckable("integral outside", "= ½ ∫_{−1}^{1} E[Y_{n+1}(z) | X_1..X_n] dz.", "Fubini's theorem for a bounded measurable integrand"),
            CheckedByKey("from Lemma 14", "= ½ ∫_{−1}^{1} E[Y_n(z) + (1 − Y_n(z)) Y_n(z − X_{n+1}) | X_1..X_n] dz.", "Lemma 14").Using("Lemma 14"),
            CheckedByKey("Eq. 3.3", "Making the expectation explicit and changing variables: = Z_n + ¼ ∫_{−1}^{1} (1 − Y_n(z)) ∫_{z−1}^{z+1} Y_n(y) dy dz.", "Eq. 3.3"),
            Checked("Eq. 3.4", "For u ∈ [−½, ½]: the double integral ≥ ∫_{u−½}^{u+½} (1 − Y_n(z)) ∫_{z−1}^{z+1} Y_n ≥ ∫_{u−½}^{u+½} (1 − Y_n(z)) ∫_{u−½}^{u+½} Y_n.", ProofOfProposition16.Eq34AtUStar),
            Checked("h(−½) + h(½)", "h(u) = ½ ∫_{u−½}^{u+½} Y_n(y) dy, h(−½) = ∫_{−1}^{0} Y_n, h(½) = ∫_{0}^{1} Y_n, h(−½) + h(½) = 2Z_n.",
                ProofOfProposition16.HSumAsPrinted, ProofOfProposition16.IntermediateValue),
            Checked("u* by the intermediate value theorem", "max{h(±½)} ≥ Z_n ≥ min{h(±½)}, so h(u*) = Z_n for some u* ∈ [−½, ½].", ProofOfProposition16.IntermediateValue),
            new("conclusion", "Eq. 3.4 ≥ (1 − Z_n) Z_n, and Eq. 3.3 ≥ Z_n(1 + ¼(1 − Z_n)).", [ProofOfProposition16.Eq34AtUStar.Key, "Proposition 16"]),
        ]),
        new("Proposition 17",
        [
            NotCheckable("total expectation", "E[Z_{n+1}] = E[E[Z_{n+1} | X_1..X_n]].", "the law of total expectation"),
            NotCheckable("total probability", "= E[E[Z_{n+1} | X_1..X_n, Z_n < 2/3] Pr(Z_n < 2/3) + E[Z_{n+1} | X_1..X_n, Z_n ≥ 2/3] Pr(Z_n ≥ 2/3)].", "the law of total probability"),
            Checked("second term", "E[Z_{n+1} | X_1..X_n, Z_n ≥ 2/3] ≥ 2/3.", ProofOfProposition17.SecondTerm),
            Checked("by Proposition 16", "E[Z_{n+1} | X_1..X_n, Z_n < 2/3] ≥ Z_n(1 + 1/12).", ProofOfProposition17.ByProposition16).Using("Proposition 16"),
            Checked("expectation of the product", "E[Z_n(1 + 1/12) Pr(Z_n < 2/3) + (2/3) Pr(Z_n ≥ 2/3)] = E[Z_n](1 + 1/12) Pr(Z_n < 2/3) + (2/3) Pr(Z_n ≥ 2/3).", ProofOfProposition17.ProductOfExpectations),
            Checked("indicator bound", "= E[Z_n](1 + 1/12) + (2/3 − E[Z_n](1 + 1/12)) Pr(Z_n ≥ 2/3) ≥ E[Z_n](1 + 1/12)·1[E[Z_n](1 + 1/12) ≤ 2/3].", ProofOfProposition17.IndicatorBound),
            Checked("unrolling", "Since Z_n ≥ Z_{n−1}: ≥ E[Z_0](1 + 1/12)^{n+1}·1[E[Z_n](1 + 1/12) ≤ 2/3].", ProofOfProposition17.Unrolling),
            Checked("E[Z_0] ≥ ε", "E[Z_0] ≥ ε, so ≥ ε(1 + 1/12)^{n+1}·1[…].", ProofOfProposition17.StartAtEps),
            Checked("the threshold", "If n ≥ log(1/(2ε))/log(13/12), E[Z_n] ≥ ½·1[E[Z_{n−1}](1 + 1/12) ≤ 2/3].", ProofOfProposition17.Threshold),
            Checked("the other case", "Otherwise E[Z_{n−1}] > 8/13 > ½.", ProofOfProposition17.Threshold),
        ]),
        new("Proposition 18",
        [
            CheckedByKey("Eq. 3.5", "If Z_n ≤ ½, Proposition 16 implies E[Z_{n+1} | X_1..X_n, Z_n ≤ ½] ≥ Z_n(1 + 1/8).", "Eq. 3.5").Using("Proposition 16"),
            NotCheckable("Eq. 3.6", "Ẑ_n = ½ ∫_{−1}^{1} Ŷ_n(z) dz, Ŷ_{n+1}(z) = Y_n(z) + (1 − Y_n(z)) Y_n(z − X_{n+1}) 1[z − X_{n+1} ∈ [−1, 1]].", Definition),
            CheckedByKey("Eq. 3.7", "Pr(Ẑ_n ≤ Z_n) = 1.", "Eq. 3.7"),
            CheckedByKey("Eq. 3.8", "Ẑ_{n+1} ≤ Z_n + ½ ∫ Y_n(y) dy ≤ 2Z_n.", "Eq. 3.8"),
            Checked("by Eq. 3.7", "Pr(Z_{n+1} ≥ Z_n(1 + β) | …) ≥ Pr(Ẑ_{n+1} ≥ Z_n(1 + β) | …).", ProofOfProposition18.ByEq37),
            new("use of Lemma 19: hypotheses", "Lemma 19 applies to Ẑ_{n+1} with B = 2Z_n (Eq. 3.8) and t = Z_n(1 + β) ∈ (0, B).",
                [ProofOfProposition18.Lemma19Hypotheses.Key, "Eq. 3.8"], Uses: "Lemma 19"),
            Checked("use of Lemma 19: conclusion", "Pr(Ẑ_{n+1} ≥ Z_n(1 + β) | …) ≥ (E[Ẑ_{n+1} | …] − Z_n(1 + β))/(2Z_n − Z_n(1 + β)).", ProofOfProposition18.Lemma19AsInvoked).Using("Lemma 19"),
            CheckedByKey("by Eq. 3.5", "E[Ẑ_{n+1} | …] ≥ Z_n(1 + 1/8) — Eq. 3.5 is printed for Z_{n+1}, applied here to Ẑ_{n+1}.", "Eq. 3.5 [for Ẑ, as the proof uses it]").Using("Proposition 16"),
            Checked("closing algebra", "(Z_n(1 + 1/8) − Z_n(1 + β))/(2Z_n − Z_n(1 + β)) = (1/8 − β)/(1 − β) = 1 − 7/(8(1 − β)).", ProofOfProposition18.Algebra),
        ]),
        new("Lemma 19",
        [
            Checked("the bound", "E[X] ≤ t Pr(X < t) + B Pr(X ≥ t) = t + (B − t) Pr(X ≥ t).", ProofOfLemma19.Bound),
        ]),
        new("Proposition 20",
        [
            Checked("the partition", "I_0 = (0, ε], I_i = (ε(1+β)^{i−1}, ε(1+β)^i], I_α = (ε(1+β)^{α−1}, ½], I_{α+1} = (½, 1].", ProofOfProposition20.PartitionIsOne),
            Checked("use of Proposition 18: hypotheses", "On I_0..I_α, Z_n ≤ ½ (I_α ends at ½), with the same β ∈ (0, 1/8).", ProofOfProposition20.PartitionIsOne).Using("Proposition 18"),
            Checked("use of Proposition 18: transition", "By total probability, from Proposition 18: Pr(Z_{n+1} ∈ I_{i+1} | Z_n ∈ I_i) ≥ p_β.",
                ProofOfProposition20.TransitionAsPrinted, ProofOfProposition20.TransitionOnwards).Using("Proposition 18"),
            NotCheckable("Eq. 3.9", "A coupling with Z_i^{(↑)} ~ Geom(p_β) such that Σ_{i=0}^{α+1} Z_i^{(↑)} ≤ n ⇒ Z_n > ½.", "the existence of a coupling; its consequence, Eq. 3.10, is checked"),
            Checked("Eq. 3.10", "Pr(Z_n ≤ ½) ≤ Pr(Σ_{i=0}^{α} Z_i^{(↑)} > n).", ProofOfProposition20.Eq310),
            Checked("Eq. 3.10 to Eq. 3.11", "Pr(Σ_{i=0}^{α} Z_i^{(↑)} > n) = Pr(Σ_{i=0}^{α+1} Geom_i(p_β) > n) (the indices as printed).",
                ProofOfProposition20.SumIndexAsPrinted, ProofOfProposition20.SumIndexBound),
            Checked("Eq. 3.11", "Pr(Σ_{i=0}^{α+1} Geom_i(p_β) > n) = Pr(Bin(n, p_β) ≤ α + 1).", Proposition20.Eq311),
            Checked("use of Theorem 21: hypotheses", "Theorem 21 with E[X] − t = np_β − t = α + 1, which needs t > 0: n > (α + 1)/p_β.", ProofOfProposition20.Theorem21Hypotheses).Using("Theorem 21"),
            Checked("use of Theorem 21: Eq. 3.12", "Pr(Z_n ≤ ½) ≤ Pr(Bin(n, p_β) ≤ α + 1) ≤ exp(−2(np_β − α − 1)²/n).", Proposition20.Eq312).Using("Theorem 21"),
            Checked("the thesis", "The thesis follows by considering the complementary event in Eq. 3.12.",
                ProofOfProposition20.ThesisAsPrinted, ProofOfProposition20.ThesisFromEq312),
        ]),
        new("Corollary 22",
        [
            NotCheckable("complement", "E[Z̄_{n+1} | X_1..X_n] = 1 − E[Z_{n+1} | X_1..X_n].", "linearity of expectation"),
            CheckedByKey("from Proposition 16", "≤ 1 − Z_n(1 + ¼(1 − Z_n)).", "Proposition 16").Using("Proposition 16"),
            CheckedByKey("last line", "= Z̄_n − ¼ Z̄_n(1 − Z̄_n).", "Corollary 22 [the proof's last line]"),
        ]),
        new("Lemma 23",
        [
            NotCheckable("iterated expectation", "E[Z̄_n | Z̄_τ ≤ ½] = E[E[Z̄_n | X_1..X_{n−1}, Z̄_τ ≤ ½]].", "the law of iterated expectation"),
            CheckedByKey("Eq. 3.13", "By Corollary 22, ≤ (7/8) E[Z̄_{n−1} | Z̄_τ ≤ ½].", "Eq. 3.13").Using("Corollary 22"),
            Checked("use of Corollary 22: hypotheses", "Z̄_{n−1} ≤ ½ wherever Corollary 22 is applied (from Z̄_τ ≤ ½).", ProofOfLemma23.Corollary22Hypothesis).Using("Corollary 22"),
            Checked("use of Corollary 22: conclusion", "Corollary 22's bound gives the factor 7/8 when Z̄ ≤ ½.",
                ProofOfLemma23.Corollary22AsPrinted, ProofOfLemma23.Corollary22ProofLine).Using("Corollary 22"),
            NotCheckable("complement", "Pr(Z_n ≤ 1 − ε/2 | Z_τ > ½) = Pr(Z̄_n ≥ ε/2 | Z̄_τ ≤ ½).", "a rewriting with Z̄ = 1 − Z"),
            Checked("Markov and Eq. 3.13", "≤ 2E[Z̄_n | Z̄_τ ≤ ½]/ε ≤ (7/8)^{n−τ}·2E[Z̄_τ | Z̄_τ ≤ ½]/ε.", Lemma23.MarkovStep),
            Checked("last step", "(7/8)^{n−τ}·2E[Z̄_τ | Z̄_τ ≤ ½]/ε ≤ (7/8)^{n−τ}.", ProofOfLemma23.LastStepAsPrinted, ProofOfLemma23.LastStepPerInstance),
        ]),
        new("Theorem 6",
        [
            NotCheckable("conditioning", "Pr(Z_n > 1 − ε/2) ≥ Pr(Z_n > 1 − ε/2 | Z_k > ½) Pr(Z_k > ½).", "the law of total probability with a non-negative term dropped"),
            CheckedByKey("use of Lemma 23", "Pr(Z_n > 1 − ε/2 | Z_k > ½) ≥ 1 − (7/8)^{n−k} (Lemma 23 with τ = k).", Lemma23.Printed.Key, Lemma23.MarkovStep.Key).Using("Lemma 23"),
            Checked("use of Proposition 20: hypotheses", "k ≥ (α_{β,ε} + 1)/p_β for k ≥ C_β log(1/(2ε)), C_β large enough.", UsesInTheorem6.Proposition20Hypothesis).Using("Proposition 20"),
            Checked("use of Proposition 20", "Pr(Z_k > ½) ≥ 1 − exp(−(2p_β²/k)(k − α_{β,ε}/p_β)²).", Proposition20.Printed).Using("Proposition 20"),
            Checked("use of Lemma 23: hypotheses", "(1 − (7/8)^{n−k})(1 − exp(…)) ≥ (1 − ε/2)(1 − ε/2) for n, k ≥ C_β log(1/(2ε)) (Lemma 23 needs n > τ = k, and n − k of order log(1/ε)).",
                UsesInTheorem6.BothAtLeastAsPrinted, UsesInTheorem6.BothAtLeastApart).Using("Lemma 23"),
            Checked("closing product", "(1 − ε/2)(1 − ε/2) ≥ 1 − ε.", UsesInTheorem6.Squares),
            CheckedByKey("the constant", "“A large enough C_β”: Remark 7 puts the resulting constant at 742.27, n ≥ 742.27 log(1/(2ε)).",
                "Remark 7 [the proof's constant made explicit]"),
            CheckedByKey("the chain at the proof's n", "Pr(Z_n > 1 − ε/2) ≥ 1 − ε at n = n(β, ε) of the proof's steps.", "Proof of Theorem 6"),
            Checked("use of Lemma 15", "From Z_{n,ε} > 1 − ε/2 to every z ∈ [−1, 1] ε-approximable (the proof leaves this step implicit).",
                UsesInTheorem6.CoverageAsPrinted, UsesInTheorem6.CoverageAtHalfEps).Using("Lemma 15"),
        ]),
    ];

    private static IEnumerable<Proof> Chapter4() =>
    [
        new("Proposition 33",
        [
            Checked("triangle inequality", "‖K ∗ X‖_max ≤ max_{i,j,ℓ} Σ_{i′,j′,k} |K_{i′,j′,k,ℓ} X_{i−i′+1, j−j′+1, k}|.", ProofOfProposition33.Chain),
            Checked("entries bounded", "≤ max_{i,j,ℓ} Σ_{i′,j′,k} |K_{i′,j′,k,ℓ}| ‖X‖_max.", ProofOfProposition33.Chain),
            new("ℓ1 norm", "≤ ‖K‖_1 · ‖X‖_max.", [ProofOfProposition33.Chain.Key, "Proposition 33"]),
        ]),
        new("Proposition 32",
        [
            NotCheckable("U⁺", "Prune the negative entries of U: U⁺ = max{0, U} entry-wise.", Definition),
            Checked("Eq. 4.3", "V ∗ σ(U⁺ ∗ X) = V ∗ (U⁺ ∗ X) for X ≥ 0.", ProofOfProposition32.Eq43),
            Checked("L", "(V ∗ (U⁺ ∗ X))_{r,s,1} = Σ_{i,j,k} L_{i,j,k,1} X_{r−i+1, s−j+1, k}, L_{i,j,k,1} = Σ_t V_{1,1,t,1} U⁺_{i,j,k,t}.", ProofOfProposition32.Eq43),
            NotCheckable("E^(filter)", "E^(filter)_{i,j,k,1} = “∀z ∈ [−1, 1] ∃S ⊆ [n]: |z − Σ_{t∈S} V_{1,1,t,1} U⁺_{i,j,k,t}| < ε”, E^(filter) their intersection.", Definition),
            CheckedByKey("use of Lemma 11", "By “Corollary 11” (Lemma 11), V_{1,1,t,1}·U⁺_{i,j,k,t} is (½, (log 2)/2)-super-uniform.",
                "Proposition 32 [samples super-uniform]", "Proposition 32 [the samples with U > 0]").Using("Lemma 11"),
            Checked("use of Corollary 10: target range", "Corollary 10 makes every z ∈ [−a, a] = [−½, ½] approximable; E^(filter) needs z ∈ [−1, 1].", ProofOfProposition32.TargetRange).Using("Corollary 10"),
            Checked("use of Corollary 10: ε", "Corollary 10 at ε/(d²c), which must lie in (0, 1/3).", ProofOfProposition32.EpsRange).Using("Corollary 10"),
            NotCheckable("use of Corollary 10: sample size", "n ≥ C log(d²c/ε) is Corollary 10's n ≥ C_{a,b} log(1/ε″) at ε″ = ε/(d²c).",
                "the same expression symbol for symbol").Using("Corollary 10"),
            NotCheckable("use of Corollary 10: independence", "For fixed (i, j, k) the samples V_{1,1,t,1} U⁺_{i,j,k,t}, t ∈ [n], are independent.",
                "independence by construction (distinct V_t, U_{i,j,k,t}); the union bound that follows needs none").Using("Corollary 10"),
            NotCheckable("Eq. 4.4", "Pr(E^(filter)) ≥ 1 − Σ_{i,j,k} ε/(d²c) ≥ 1 − ε.", "the union bound (true for any events) and d²c · ε/(d²c) = ε"),
            Checked("Eq. 4.5", "When E^(filter) holds, sup_K inf_S ‖K − V ∗ (U⁺ ⊙ S)‖_max < ε/(d²c).", ProofOfProposition32.EventPrecision),
            CheckedByKey("distributivity", "K ∗ X − V ∗ ((U⁺ ⊙ S) ∗ X) = (K − V ∗ (U⁺ ⊙ S)) ∗ X.", "Definition 27 [Definitions 26–27 and distributivity]"),
            CheckedByKey("use of Proposition 33", "‖(K − V ∗ (U⁺ ⊙ S)) ∗ X‖_max ≤ ‖K − V ∗ (U⁺ ⊙ S)‖_1 ‖X‖_max.", "Proposition 33").Using("Proposition 33"),
            NotCheckable("d²c entries", "‖K − V ∗ (U⁺ ⊙ S)‖_1 ≤ d²c ‖K − V ∗ (U⁺ ⊙ S)‖_max.", "a sum of d²c terms, each at most the largest"),
            CheckedByKey("the thesis", "sup_K inf_S sup_X ‖K ∗ X − N_0^{(S)}(X)‖_max ≤ d²c · ε/(d²c) = ε.", "Proposition 32 [construction]"),
        ]),
        new("Lemma 34",
        [
            CheckedByKey("Eq. 4.6", "T block diagonal: T_{1,1,t,ℓ} = 1 iff (ℓ − 1)n′ ≤ t ≤ ℓn′, n′ = n/c1.", "Lemma 34 [Eq. 4.6 as printed]", "Lemma 34 [Eq. 4.7's bounds]"),
            NotCheckable("Eq. 4.7", "U^(ℓ), S^(ℓ), V^(ℓ): the slices (ℓ − 1)n′ < t ≤ ℓn′.", Definition),
            CheckedByKey("per channel", "((V ⊙ T) ∗ σ((U ⊙ S) ∗ X))_{r,s,ℓ} = (V^(ℓ) ∗ ((U^(ℓ) ⊙ S^(ℓ)) ∗ X))_{r,s} with U ⊙ S = U⁺ ⊙ S.", "Lemma 34 [construction]"),
            Checked("use of Proposition 32: ‖K‖_1", "Proposition 32 applies to K^(ℓ) ∈ [−1, 1]^{d×d×c0}, which it requires to have ‖K^(ℓ)‖_1 ≤ 1.", ProofOfLemma34.NormHypothesis).Using("Proposition 32"),
            Checked("use of Proposition 32: width", "Each block of n′ = n/c1 samples meets n′ ≥ C log(d²c0/(ε′/c1)).", ProofOfLemma34.WidthPerChannel).Using("Proposition 32"),
            CheckedByKey("use of Proposition 32: conclusion", "E^(layer)_ℓ: ‖K^(ℓ) ∗ X − V^(ℓ) ∗ ((U^(ℓ) ⊙ S^(ℓ)) ∗ X)‖_max ≤ ε′/c1 with probability 1 − ε′/c1.", "Lemma 34 [construction]").Using("Proposition 32"),
            NotCheckable("union bound", "Pr(E^(layer)) ≥ 1 − Σ_ℓ ε′/c1 = 1 − ε′ (printed “≤” for the second relation).", "the union bound and c1 · ε′/c1 = ε′"),
            CheckedByKey("probability level", "The thesis holds with probability 1 − ε′ (the statement prints 1 − ε).", "Lemma 34 [constant at level ε′]"),
        ]),
        new("Theorem 31",
        [
            NotCheckable("Eq. 4.8–4.10", "X^(0) = X, X^(i) = σ(K^(i) ∗ X^(i−1)), X^(ℓ) = K^(ℓ) ∗ X^(ℓ−1) = f(X); L̃^(i) = L^(i) ⊙ S^(i).", Definition),
            Checked("Eq. 4.11", "‖σ(K^(i) ∗ X^(i−1)) − σ(L̃^(2i) ∗ σ(L̃^(2i−1) ∗ X^(i−1)))‖_max ≤ ‖K^(i) ∗ X^(i−1) − L̃^(2i) ∗ σ(L̃^(2i−1) ∗ X^(i−1))‖_max.", StepsOfTheorem31.Eq411),
            CheckedByKey("Eq. 4.12: use of Lemma 34", "By Lemma 34 (ε′ = ε/(2ℓ)), applied to X^(i−1)/‖X^(i−1)‖_max for all X^(i−1) ∈ R^{D×D×c0}: error < (ε/2ℓ)‖X^(i−1)‖_max.",
                "Theorem 31 [the proof's masks over [−1, 1]]").Using("Lemma 34"),
            Checked("use of Lemma 34: width", "n_i ≥ C c_i log(c_{i−1} c_i d_i² ℓ/ε) meets Lemma 34's width at ε′ = ε/(2ℓ).",
                StepsOfTheorem31.Lemma34Width, StepsOfTheorem31.Lemma34WidthDoubled).Using("Lemma 34"),
            Checked("Eq. 4.13", "With probability 1 − ε/(2ℓ): ‖σ(K^(i) ∗ X^(i−1)) − σ(L̃^(2i) ∗ σ(L̃^(2i−1) ∗ X^(i−1)))‖_max < (ε/2ℓ)‖X^(i−1)‖_max.", StepsOfTheorem31.PerLayerErrors),
            NotCheckable("union over layers", "Eq. 4.13 holds for all layers with probability at least 1 − ε.", "the union bound and ℓ · ε/(2ℓ) ≤ ε"),
            NotCheckable("Eq. 4.14–4.15", "X̃^(0) = X, X̃^(i) = σ(L̃^(2i) ∗ σ(L̃^(2i−1) ∗ X̃^(i−1))), X̃^(ℓ) = N_0^{(S)}(X).", Definition),
            Checked("Eq. 4.16–4.17", "Eq. 4.12–4.13 at the pruned outputs X̃^(i−1).", StepsOfTheorem31.PerLayerErrors),
            Checked("Eq. 4.18: use of Proposition 33", "‖K^(i) ∗ X̃^(i−1)‖_max ≤ ‖K^(i)‖_1 ‖X̃^(i−1)‖_max ≤ ‖X̃^(i−1)‖_max, using ‖K^(i)‖_1 ≤ 1.", StepsOfTheorem31.KernelNorms).Using("Proposition 33"),
            Checked("Eq. 4.18", "‖X̃^(i)‖_max ≤ ‖X̃^(0)‖_max (1 + ε/2ℓ)^i.", StepsOfTheorem31.Accumulation),
            Checked("Eq. 4.19–4.20", "The per-layer errors at X̃ are < (ε/2ℓ)(1 + ε/2ℓ)^{i−1}.", StepsOfTheorem31.PerLayerErrors),
            new ProofStep("Eq. 4.21–4.23", "‖f(X) − N_0(X)‖_max ≤ ‖X^(ℓ−1) − X̃^(ℓ−1)‖_max + (ε/2ℓ)(1 + ε/2ℓ)^{ℓ−1}, by Proposition 33 and ‖K^(ℓ)‖_1 ≤ 1.", [StepsOfTheorem31.Accumulation.Key, StepsOfTheorem31.KernelNorms.Key]).Using("Proposition 33"),
            new("Eq. 4.24", "‖X^(i) − X̃^(i)‖_max ≤ Σ_{j=1}^{i} (ε/2ℓ)(1 + ε/2ℓ)^{j−1} = (1 + ε/2ℓ)^i − 1.", ["Eq. 4.8–4.24", StepsOfTheorem31.Accumulation.Key]),
            CheckedByKey("the thesis", "‖f(X) − N_0(X)‖_max ≤ (1 + ε/2ℓ)^ℓ − 1 ≤ e^{ε/2} − 1 ≤ ε since ε < 1.", "Eq. 4.8–4.24", "Theorem 31 [over [0, 1]]"),
        ]),
    ];
}
