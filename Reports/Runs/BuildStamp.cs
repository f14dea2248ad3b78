namespace Rssp.Reports.Runs;

/// <summary>Identifies the code that computed a result: the module version ids of the theory and verification
/// assemblies (content hashes, as the build is deterministic). A run resumes, and shards merge, only under the same stamp,
/// so trials computed by different code never mix.</summary>
public static class BuildStamp
{
    public static string Current { get; } = string.Join("+",
        new[] { typeof(Theory.Random.Trials), typeof(Verification.Checking.Claim) }.Select(t => t.Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12]));
}
