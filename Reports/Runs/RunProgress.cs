using Spectre.Console;

namespace Rssp.Reports.Runs;

/// <summary>Runs work under a progress display: live on an interactive terminal, plain lines otherwise.</summary>
public static class RunProgress
{
    /// <summary>Runs the work with a live display when the output is an interactive console, plain lines otherwise.</summary>
    public static T Run<T>(TextWriter output, Func<IRunProgress, T> work)
    {
        var live = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        if (!live) return work(new Plain(output));
        return AnsiConsole.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(ctx => work(new Live(ctx)));
    }

    private sealed class Plain(TextWriter output) : IRunProgress
    {
        public void Begin(string what, long total) { }

        public void Advance(long amount) { }

        public void Line(string text) => output.WriteLine(text);
    }

    private sealed class Live(ProgressContext context) : IRunProgress
    {
        private ProgressTask? task;

        public void Begin(string what, long total)
        {
            task?.StopTask();
            task = context.AddTask(Markup.Escape(what), maxValue: Math.Max(1, total));
        }

        public void Advance(long amount) => task?.Increment(amount);

        public void Line(string text) => AnsiConsole.MarkupLine(Markup.Escape(text));
    }
}
