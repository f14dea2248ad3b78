using Rssp.Verification.Catalogue;
using Rssp.Verification.Checking;

namespace Rssp.Reports.Runs;

/// <summary>The main job: runs the selected claims (a shard's share of them), each with its statement mutants on the same
/// samples, journalling each verdict (and its mutants') as it finishes so an interrupted run resumes where it stopped, and
/// writes the report when the run is whole.</summary>
public static class ReportRun
{
    /// <summary>The share of the claims a shard runs: the i-th, (i+k)-th, … of the selection.</summary>
    public static IReadOnlyList<Claim> ShareOf(IReadOnlyList<Claim> claims, Shard shard) =>
        [.. claims.Where((_, i) => shard.Owns(i))];

    /// <summary>Runs the shard's claims not yet in the journal; returns every result of the share in catalogue
    /// order, or null if cancelled (the journal keeps every claim finished so far). resumed, if given, is told the
    /// results found in the journal (whose time an earlier part of the run spent).</summary>
    public static IReadOnlyList<ClaimResult>? Run(IReadOnlyList<Claim> claims, Budget budget, ulong seed, Shard shard, string folder,
        bool fresh, IRunProgress progress, CancellationToken cancel, Action<IReadOnlyCollection<ClaimResult>>? resumed = null)
    {
        Output.ReportFiles.EnsureWritable(folder);
        var path = Path.Combine(folder, ClaimJournal.FileName);
        var header = ClaimJournal.Header(budget, seed, claims, shard);
        var (existing, done) = fresh ? (null, []) : ClaimJournal.Read(path, header);
        var resume = existing is not null;
        var finished = resume ? done.ToDictionary(r => r.Claim.Key) : [];
        using var log = resume ? AppendLog.Open(path) : AppendLog.Create(path, [ClaimJournal.Line(header)]);
        var share = ShareOf(claims, shard);
        var width = share.Max(c => Output.Notation.Unicode(c.Key).Length);
        if (finished.Count > 0) progress.Line($"resuming: {finished.Count} of {share.Count} claims already in {path}");
        resumed?.Invoke(finished.Values);
        var results = new List<ClaimResult>();
        foreach (var claim in share)
        {
            if (!finished.TryGetValue(claim.Key, out var r))
            {
                if (cancel.IsCancellationRequested) return null;
                var label = Output.Notation.Unicode(claim.Key);
                progress.Begin(label, claim.Work(budget));
                try
                {
                    // the claim, then its statement mutants on the same samples (the report's power table)
                    r = MutantRun.Carried(MutantRun.Check(claim, budget, seed, progress.Advance,
                        i => progress.Begin($"{label}: mutant {i + 1} of {claim.Mutants.Count}", 1), cancel));
                }
                catch (OperationCanceledException) when (cancel.IsCancellationRequested)
                {
                    return null;   // the claim in progress is not journalled: the resumed run reruns it
                }
                log.Append([ClaimJournal.Line(r)]);
            }
            results.Add(r);
            progress.Line($"[{results.Count,2}/{share.Count}] {Output.Notation.Unicode(r.Claim.Key).PadRight(width)}  {Listing.Word(r.Verdict.Outcome),-12} " +
                          $"{r.Elapsed.TotalSeconds,6:F1}s  {Output.Notation.Unicode(r.Verdict.Summary)}");
        }
        return results;
    }

    /// <summary>Merges report shards: checks they are the k shards of one command, then writes the report.</summary>
    public static IReadOnlyList<string> Merge(IReadOnlyList<string> folders, string outFolder, TextWriter output)
    {
        var journals = folders.Select(f => ClaimJournal.Read(Path.Combine(f, ClaimJournal.FileName))).ToArray();
        if (journals.Any(j => j.Header is null)) throw new IOException("a shard's claims journal is empty.");
        var headers = journals.Select(j => j.Header!).ToArray();
        ShardMerge.CheckShards(folders, headers, h => h.Shard, (a, b) => a.SameRunAs(b));
        var keys = headers[0].Claims;
        var byKey = journals.SelectMany(j => j.Results).GroupBy(r => r.Claim.Key).ToDictionary(g => g.Key, g => g.First());
        var missing = keys.Where(k => !byKey.ContainsKey(k)).ToArray();
        if (missing.Length > 0) throw new IOException($"{missing.Length} claims have no verdict yet (first: {missing[0]}); resume their shard before merging.");
        var results = keys.Select(k => byKey[k]).ToArray();
        var budget = Budget.Named(headers[0].Budget) ?? throw new IOException("unknown budget in the claims journal.");
        var seed = ulong.Parse(headers[0].Seed, System.Globalization.CultureInfo.InvariantCulture);
        Output.ReportFiles.EnsureWritable(outFolder);
        var run = new Output.RunInfo(budget, seed, DateTimeOffset.UtcNow, TimeSpan.FromSeconds(results.Sum(r => r.Elapsed.TotalSeconds)),
            $"merged from {folders.Count} shards on {Output.RunInfo.DescribeMachine()}") { Only = Output.RunInfo.OnlyOf(results.Select(r => r.Claim).ToArray()) };
        using (AppendLog.Create(Path.Combine(outFolder, ClaimJournal.FileName),
                   [ClaimJournal.Line(ClaimJournal.Header(budget, seed, results.Select(r => r.Claim).ToArray(), Shard.Whole)), .. results.Select(ClaimJournal.Line)])) { }
        output.WriteLine($"{results.Length} claims from {folders.Count} shards.");
        return Output.ReportFiles.Write(outFolder, results, run);
    }
}
