using System.CommandLine;
using Rssp.Verification.Catalogue;

namespace Rssp.Reports;

/// <summary>The command line. Until the claims land, the main job lists the catalogue it will check.</summary>
public static class Cli
{
    public static RootCommand Build(TextWriter output)
    {
        var list = new Command("list", "List every statement of chapters 2–4 with the seed's number, its chapter and how it is checked.");
        list.SetAction(_ => PrintCatalogue(output));

        var root = new RootCommand(
            "rssp-verify: empirical verification of the Random Subset Sum theorems (Lueker's Theorem 6, the elementary " +
            "proof of chapter 3) and of the Strong Lottery Ticket Hypothesis for CNNs (chapter 4). Without a verb it " +
            "runs the main job; at this stage of the suite that prints the catalogue of statements it will check.");
        root.Subcommands.Add(list);
        root.SetAction(_ => PrintCatalogue(output));
        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var parse = Build(output).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) error.WriteLine($"error: {e.Message}");
            error.WriteLine("Run with --help for usage.");
            return 2;
        }
        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static int PrintCatalogue(TextWriter output)
    {
        var width = Statements.All.Max(s => s.Id.Length);
        foreach (var chapter in Statements.All.GroupBy(s => s.Chapter))
        {
            output.WriteLine($"Chapter {chapter.Key}");
            foreach (var s in chapter) output.WriteLine($"  {s.Id.PadRight(width)}  {s.Kind,-13}  {s.Text}");
        }
        output.WriteLine($"{Statements.All.Count} statements.");
        return 0;
    }
}
