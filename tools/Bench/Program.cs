using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Rssp.Bench.CoverageBenchmarks).Assembly).Run(args);
