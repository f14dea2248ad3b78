using Rssp.Theory.Random;
using Rssp.Theory.SubsetSum;

namespace Rssp.Theory.Tests;

public class TrialsTests
{
    private static int StoppingTrial(long _, ulong seed) => StoppingTime.OfUniformStream(seed, 0.01);

    [Fact]
    public void Parallel_trials_equal_sequential_trials()
    {
        var parallel = Trials.Run(7, new SeedStream(1), 0, 64, StoppingTrial);
        var sequential = Trials.Run(7, new SeedStream(1), 0, 64, StoppingTrial, parallel: false);
        Assert.Equal(sequential, parallel);
        Assert.True(parallel.Distinct().Count() > 1);
    }

    [Fact]
    public void Shards_of_trials_concatenate_to_the_whole_run()
    {
        var whole = Trials.Run(7, new SeedStream(2), 0, 40, StoppingTrial);
        var shards = Trials.Run(7, new SeedStream(2), 0, 15, StoppingTrial).Concat(Trials.Run(7, new SeedStream(2), 15, 25, StoppingTrial));
        Assert.Equal(whole, shards);
        Assert.NotEqual(whole, Trials.Run(8, new SeedStream(2), 0, 40, StoppingTrial));
    }
}
