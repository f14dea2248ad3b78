using NetArchTest.Rules;

namespace Rssp.Reports.Tests;

/// <summary>Dependencies run one way: Reports → Catalogue → Claims → Checking → Experiments, Generators → Statistics,
/// Reference → Theory. No namespace uses one above it (so no cycle), checked on the compiled assemblies.</summary>
public class ArchitectureTests
{
    /// <summary>The layers, highest first.</summary>
    private static readonly string[][] Layers =
    [
        ["Rssp.Reports"],
        ["Rssp.Verification.Catalogue"],
        ["Rssp.Verification.Claims"],
        ["Rssp.Verification.Checking"],
        ["Rssp.Verification.Experiments", "Rssp.Verification.Generators"],
        ["Rssp.Verification.Statistics", "Rssp.Verification.Reference"],
        ["Rssp.Theory"],
    ];

    public static TheoryData<int> LayerIndices => [.. Enumerable.Range(1, Layers.Length - 1)];

    [Theory]
    [MemberData(nameof(LayerIndices))]
    public void No_layer_depends_on_one_above_it(int layer)
    {
        var higher = Layers.Take(layer).SelectMany(l => l).ToArray();
        var assemblies = new[] { typeof(Theory.Random.Trials).Assembly, typeof(Verification.Checking.Claim).Assembly, typeof(Runs.ReportRun).Assembly };
        var types = Types.InAssemblies(assemblies).That().ResideInNamespace(Layers[layer][0]);
        foreach (var ns in Layers[layer].Skip(1)) types = types.Or().ResideInNamespace(ns);
        var result = types.ShouldNot().HaveDependencyOnAny(higher).GetResult();
        Assert.True(result.IsSuccessful, $"{string.Join(", ", Layers[layer])} use a layer above: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void The_rule_sees_a_dependency_where_there_is_one()
    {
        // Claims use Checking: the same rule pointed the other way must fail, or the tests above prove nothing.
        var result = Types.InAssembly(typeof(Verification.Checking.Claim).Assembly).That().ResideInNamespace("Rssp.Verification.Claims")
            .ShouldNot().HaveDependencyOn("Rssp.Verification.Checking").GetResult();
        Assert.False(result.IsSuccessful);
    }
}
