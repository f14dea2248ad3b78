namespace Rssp.Verification.Catalogue;

/// <summary>Every statement of chapters 2–4 (shared/STATEMENTS.md), in seed order.</summary>
public static class Statements
{
    public static IReadOnlyList<Statement> All { get; } =
    [
        new("Definition 1", 2, StatementKind.Definition, "SSP: is there S ⊆ {x_1..x_n} with Σ_{x∈S} x = z?"),
        new("Definition 2", 2, StatementKind.Definition, "x ε-approximates z if |x − z| ≤ ε."),
        new("Definition 3", 2, StatementKind.Definition, "z is ε-approximable with ω_n if some S_z ⊆ ω_n has Σ_{x∈S_z} x ε-approximating z."),
        new("Problem 4", 2, StatementKind.Definition, "RSSP: Ω_n i.i.d. Unif([−1,1]); is there S ⊆ Ω_n whose sum ε-approximates z ∈ [−1,1]?"),
        new("Definition 5", 2, StatementKind.Definition, "0-1 Knapsack: maximise Σ z_i a_i subject to Σ z_i b_i ≤ B, z_i ∈ {0,1}."),
        new("Theorem 6", 2, StatementKind.Constant, "There is a universal C such that n ≥ C log(1/ε) gives, with probability ≥ 1 − ε, every z ∈ [−1,1] ε-approximable (ε ∈ (0, 1/3))."),
        new("Remark 7", 2, StatementKind.Constant, "Lueker: C ≤ 2(1 + log e); the Chapter 3 approach gives 742.27 log(1/(2ε))."),
        new("Definition 8", 2, StatementKind.Definition, "NPP: is there S with Σ_{x∈S} x − Σ_{x∉S} x = 0?"),
        new("§2.0.1", 2, StatementKind.Exact, "SSP(x_1..x_n; z) ⇔ NPP({x_1..x_n, Σ x_i − 2z}); NPP(x_1..x_n) ⇔ SSP(x_1..x_n; ½ Σ x_i)."),
        new("Definition 9", 2, StatementKind.Definition, "X is (a,b)-super-uniform (b ∈ (0, 1/(2a))) if f_X(x) ≥ b on [−a, a]."),
        new("Corollary 10", 2, StatementKind.Probabilistic, "For independent (a,b)-super-uniform samples, n ≥ C_{a,b} log(1/ε) gives every z ∈ [−a,a] ε-approximable with probability ≥ 1 − ε."),
        new("Lemma 11", 2, StatementKind.Exact, "X_1·X_2 for independent Unif([−1,1]) is (1/2, (log 2)/2)-super-uniform."),
        new("Definition 12", 3, StatementKind.Definition, "Z_{Ω_n,ε} = ½ ∫_{−1}^{1} Y_{Ω_n,ε}(z) dz (Eq. 3.1)."),
        new("Lemma 14", 3, StatementKind.Exact, "Y_{n+1}(z) = Y_n(z) + (1 − Y_n(z))·Y_n(z − X_{n+1}) (Eq. 3.2)."),
        new("Lemma 15", 3, StatementKind.Exact, "If Z_{n,ε} ≥ 1 − ε/2 then Z_{n,2ε} = 1."),
        new("Proposition 16", 3, StatementKind.Exact, "E[Z_{n+1} | X_1..X_n] ≥ Z_n(1 + ¼(1 − Z_n)); proof step Eq. 3.3."),
        new("Proposition 17", 3, StatementKind.Probabilistic, "If n ≥ log(1/(2ε))/log(13/12) then E[Z_n] > ½."),
        new("Proposition 18", 3, StatementKind.Exact, "For β ∈ (0, 1/8): Pr(Z_{n+1} ≥ Z_n(1+β) | X_1..X_n, Z_n ≤ ½) ≥ 1 − 7/(8(1−β)); proof steps Eq. 3.5–3.8."),
        new("Lemma 19", 3, StatementKind.Exact, "If 0 ≤ X ≤ B then for t ∈ (0, B): Pr(X ≥ t) ≥ (E[X] − t)/(B − t)."),
        new("Proposition 20", 3, StatementKind.Probabilistic, "If n ≥ (α_{β,ε}+1)/p_β then Pr(Z_n > ½) > 1 − exp(−(2p_β²/n)(n − α_{β,ε}/p_β)²); Eq. 3.11, 3.12."),
        new("Theorem 21", 3, StatementKind.Exact, "X = Σ X_i, X_i i.i.d. in [0,1]: Pr(X < E[X] − t) ≤ exp(−2t²/n)."),
        new("Corollary 22", 3, StatementKind.Exact, "E[Z̄_{n+1} | X_1..X_n] ≤ Z̄_n(1 + ¼(1 − Z̄_n)), Z̄_n = 1 − Z_n."),
        new("Lemma 23", 3, StatementKind.Probabilistic, "If Z_τ > ½ then for n > τ: Pr(Z_n ≤ 1 − ε/2 | Z_τ > ½) ≤ (7/8)^{n−τ}; Eq. 3.13."),
        new("Proof of Theorem 6", 3, StatementKind.Constant, "Pr(Z_n > 1 − ε/2) ≥ (1 − (7/8)^{n−k})(1 − exp(−(2p_β²/k)(k − α_{β,ε}/p_β)²)) ≥ 1 − ε for n, k ≥ C_β log(1/(2ε))."),
        new("Theorem 24", 4, StatementKind.Constant, "A random CNN with O(k log(kℓ/ε)) parameters and 2ℓ layers can be pruned to approximate any target CNN within ε w.p. 1 − ε."),
        new("Definition 25", 4, StatementKind.Definition, "U ∼ Unif([−1,1])^{d1×d2×d3×d4}: i.i.d. uniform entries."),
        new("Definition 26", 4, StatementKind.Definition, "A mask of a tensor is a binary tensor of the same size."),
        new("Definition 27", 4, StatementKind.Definition, "(L ⊙ L′)_I = L_I · L′_I."),
        new("Eq. 4.2", 4, StatementKind.Exact, "(K ∗ X)_{i,j,ℓ} = Σ_{i′,j′,k} K_{i′,j′,k,ℓ} X_{i−i′+1, j−j′+1, k}, zero padding, output D×D×c1."),
        new("Definition 28", 4, StatementKind.Definition, "Simple CNN N(X) = K^{(ℓ)} ∗ σ(K^{(ℓ−1)} ∗ σ(⋯ σ(K^{(1)} ∗ X))), no biases."),
        new("Remark 29", 4, StatementKind.Exact, "With biases, d_i² terms become d_i² + 1 terms."),
        new("Definition 30", 4, StatementKind.Definition, "K^{(i)} is a filter; K^{(i)}_{:,:,t,k} is a kernel."),
        new("Theorem 31", 4, StatementKind.Probabilistic, "With n_i ≥ C c_i log(c_{i−1} c_i d_i² ℓ/ε), w.p. 1 − ε every f ∈ F is approximated within ε by a pruning of N_0."),
        new("Proposition 32", 4, StatementKind.Probabilistic, "With n ≥ C log(d²c/ε), w.p. 1 − ε every K with ‖K‖_1 ≤ 1 has S with sup_X ‖K ∗ X − N_0^{(S)}(X)‖_max < ε; Eq. 4.3, 4.5."),
        new("Proposition 33", 4, StatementKind.Exact, "‖K ∗ X‖_max ≤ ‖K‖_1 · ‖X‖_max."),
        new("Lemma 34", 4, StatementKind.Probabilistic, "With n ≥ C c1 log(d² c0 c1/ε′), w.p. 1 − ε every K has masks S, T with sup_X ‖K ∗ X − N_0^{(S,T)}(X)‖_max ≤ ε′; Eq. 4.6, 4.7."),
        new("Eq. 4.8–4.24", 4, StatementKind.Exact, "Layer-wise error recursion: ‖X^{(i)} − X̃^{(i)}‖_max ≤ (1 + ε/2ℓ)^i − 1; (1 + ε/2ℓ)^ℓ − 1 ≤ e^{ε/2} − 1 ≤ ε."),
        new("§4.1", 4, StatementKind.Constant, "Single best of M weights needs M of order 1/ε; subset sum needs order log(1/ε)."),
    ];

    /// <summary>The statement with this id (case and spaces ignored), if any.</summary>
    public static Statement? Find(string id) =>
        All.FirstOrDefault(s => Normalise(s.Id) == Normalise(id));

    private static string Normalise(string id) => new(id.Where(c => !char.IsWhiteSpace(c)).Select(char.ToLowerInvariant).ToArray());
}
