using BenchmarkDotNet.Running;
using Rssp.Bench;

if (args is ["lenet"])
    LeNetExperiment.Run(Console.Out);
else
    BenchmarkSwitcher.FromAssembly(typeof(CoverageBenchmarks).Assembly).Run(args);
