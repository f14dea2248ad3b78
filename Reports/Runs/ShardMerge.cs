
namespace Rssp.Reports.Runs;

/// <summary>merge: combines the folders of k shards (of estimate-c or of the report) into the files one
/// unsharded run writes. The shards must come from the same command and build, with shard indices 0..k−1 of the
/// same k, each complete.</summary>
public static class ShardMerge
{
    public static IReadOnlyList<string> Run(IReadOnlyList<string> shardFolders, string outFolder, TextWriter output)
    {
        if (shardFolders.Count == 0) throw new ArgumentException("merge needs at least one shard folder.", "folders");
        foreach (var f in shardFolders)
            if (!Directory.Exists(f)) throw new IOException($"shard folder '{f}' does not exist.");
        if (shardFolders.All(f => File.Exists(Path.Combine(f, EstimateRun.ManifestFile)))) return Estimates(shardFolders, outFolder, output);
        if (shardFolders.All(f => File.Exists(Path.Combine(f, RareRun.ManifestFile)))) return Rare(shardFolders, outFolder, output);
        if (shardFolders.All(f => File.Exists(Path.Combine(f, ClaimJournal.FileName)))) return ReportRun.Merge(shardFolders, outFolder, output);
        throw new IOException($"the folders must all hold estimate-c shards ({EstimateRun.ManifestFile}), all estimate-c --rare shards ({RareRun.ManifestFile}) or all report shards ({ClaimJournal.FileName}).");
    }

    /// <summary>Checks the shards' manifests are of one command (<paramref name="sameRun"/>: equal apart from the
    /// shard) and that their shards are exactly 0..k−1 of one k.</summary>
    public static void CheckShards<T>(IReadOnlyList<string> folders, IReadOnlyList<T> manifests, Func<T, string> shardOf, Func<T, T, bool> sameRun,
        Func<T, T, string>? differences = null)
    {
        for (var i = 1; i < manifests.Count; i++)
            if (!sameRun(manifests[i], manifests[0]))
                throw new IOException($"'{folders[i]}' was run with other settings or another build than '{folders[0]}'"
                                      + (differences is null ? "" : $" ({differences(manifests[i], manifests[0])})") + "; only shards of one command merge.");
        var shards = manifests.Select(m => Shard.Parse(shardOf(m))).ToArray();
        var k = shards[0].Count;
        if (shards.Any(s => s.Count != k) || shards.Select(s => s.Index).Distinct().Count() != shards.Length || shards.Length != k)
            throw new IOException($"the folders hold shards {string.Join(", ", shards.Select(s => s.ToString()))}: merge needs every shard 0/k … (k−1)/k exactly once.");
    }

    private static IReadOnlyList<string> Estimates(IReadOnlyList<string> folders, string outFolder, TextWriter output)
    {
        var manifests = folders.Select(f => EstimateRun.ReadManifest(Path.Combine(f, EstimateRun.ManifestFile))
            ?? throw new IOException($"'{f}' holds an unreadable {EstimateRun.ManifestFile}.")).ToArray();
        CheckShards(folders, manifests, m => m.Shard, (a, b) => a.SameRunAs(b));
        var settings = EstimateRun.SettingsOf(manifests[0]);
        if (settings.UsesPaths) return Paths(folders, manifests, settings, outFolder, output);
        var all = new Dictionary<(int Point, int Trial), double>();
        for (var i = 0; i < folders.Count; i++)
        {
            var shard = Shard.Parse(manifests[i].Shard);
            var trials = EstimateRun.ReadTrials(Path.Combine(folders[i], EstimateRun.TrialsFile), settings.Points.Count);
            var expected = settings.Points.Count * Enumerable.Range(0, settings.Trials).Count(t => shard.Owns(t));
            if (trials.Keys.Any(key => !shard.Owns(key.Trial)) || trials.Count != expected)
                throw new IOException($"shard {shard} in '{folders[i]}' has {trials.Count} of its {expected} trials; resume it (same command) before merging.");
            foreach (var (key, value) in trials) all[key] = value;
        }
        var whole = settings with { Shard = Shard.Whole };
        Output.ReportFiles.EnsureWritable(outFolder);
        EstimateRun.WriteManifest(Path.Combine(outFolder, EstimateRun.ManifestFile), EstimateRun.Manifest(whole));
        Output.CsvFiles.Write(Path.Combine(outFolder, EstimateRun.TrialsFile),
            all.OrderBy(kv => kv.Key.Point).ThenBy(kv => kv.Key.Trial).Select(kv => new TrialRow(kv.Key.Point, kv.Key.Trial, kv.Value)));
        var verdict = EstimateRun.Estimate(whole, all);
        output.WriteLine(verdict.Summary);
        return [Path.Combine(outFolder, EstimateRun.ManifestFile), Path.Combine(outFolder, EstimateRun.TrialsFile), .. EstimateRun.WriteResults(whole, outFolder, verdict)];
    }

    private static IReadOnlyList<string> Paths(IReadOnlyList<string> folders, EstimateManifest[] manifests, EstimateSettings settings, string outFolder, TextWriter output)
    {
        var whole = settings with { Shard = Shard.Whole };
        var all = new Dictionary<int, double[]>();
        for (var i = 0; i < folders.Count; i++)
            foreach (var (stream, path) in PathRun.ReadShard(whole, Shard.Parse(manifests[i].Shard), folders[i])) all[stream] = path;
        Output.ReportFiles.EnsureWritable(outFolder);
        EstimateRun.WriteManifest(Path.Combine(outFolder, EstimateRun.ManifestFile), EstimateRun.Manifest(whole));
        Output.CsvFiles.Write(Path.Combine(outFolder, PathRun.PathsFile), all.OrderBy(kv => kv.Key).Select(kv => new PathRow(kv.Key, PathRun.Format(kv.Value))));
        return [Path.Combine(outFolder, EstimateRun.ManifestFile), Path.Combine(outFolder, PathRun.PathsFile),
            .. PathRun.WriteResults(whole, outFolder, PathRun.Statistics(whole, all), output)];
    }

    private static IReadOnlyList<string> Rare(IReadOnlyList<string> folders, string outFolder, TextWriter output)
    {
        var manifests = folders.Select(f => RareRun.ReadManifest(Path.Combine(f, RareRun.ManifestFile))
            ?? throw new IOException($"'{f}' holds an unreadable {RareRun.ManifestFile}.")).ToArray();
        CheckShards(folders, manifests, m => m.Shard, (a, b) => a.SameRunAs(b), (a, b) => a.Differences(b));
        var whole = RareRun.SettingsOf(manifests[0]) with { Shard = Shard.Whole };
        var all = new Dictionary<int, Verification.Experiments.RareTail.Stream>();
        for (var i = 0; i < folders.Count; i++)
            foreach (var (stream, value) in RareRun.ReadShard(whole, Shard.Parse(manifests[i].Shard), folders[i])) all[stream] = value;
        Output.ReportFiles.EnsureWritable(outFolder);
        RareRun.WriteManifest(Path.Combine(outFolder, RareRun.ManifestFile), RareRun.Manifest(whole));
        Output.CsvFiles.Write(Path.Combine(outFolder, RareRun.StreamsFile),
            all.OrderBy(kv => kv.Key).Select(kv => new RareRow(kv.Key, PathRun.Format(kv.Value.Path), PathRun.Format(kv.Value.Ratio))));
        return [Path.Combine(outFolder, RareRun.ManifestFile), Path.Combine(outFolder, RareRun.StreamsFile),
            .. RareRun.WriteResults(whole, outFolder, RareRun.Statistics(whole, all), output)];
    }
}
