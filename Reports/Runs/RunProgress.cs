using Spectre.Console;

namespace Rssp.Reports.Runs;

/// <summary>Runs work under a progress display: live on an interactive terminal, plain lines otherwise.</summary>
public static class RunProgress
{
    /// <summary>Runs the work with a live display when the output is an interactive console, plain lines otherwise.</summary>
    public static T Run<T>(TextWriter output, Func<IRunProgress, T> work)
    {
        var live = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        if (!live)
        {
            using var plain = new Plain(output, TimeSpan.FromSeconds(10));
            return work(plain);
        }
        return AnsiConsole.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(ctx => work(new Live(ctx)));
    }

    /// <summary>Progress as plain lines (a log, CI, a Slurm output file): every interval while a task runs, a line with
    /// the task, the done fraction, the time spent and an estimate of the time left ("  … Proposition 20: 41% (13120 of
    /// 32000), 25 s, about 36 s left").</summary>
    public sealed class Plain : IRunProgress, IDisposable
    {
        private readonly TextWriter output;
        private readonly Timer timer;
        private readonly object gate = new();
        private readonly System.Diagnostics.Stopwatch clock = new();
        private string? what;
        private long total, done;

        public Plain(TextWriter output, TimeSpan interval)
        {
            this.output = output;
            timer = new Timer(_ => Report(), null, interval, interval);
        }

        public void Begin(string task, long size)
        {
            lock (gate)
            {
                (what, total) = (task, Math.Max(1, size));
                Interlocked.Exchange(ref done, 0);
                clock.Restart();
            }
        }

        public void Advance(long amount) => Interlocked.Add(ref done, amount);

        public void Line(string text)
        {
            lock (gate)
            {
                what = null;
                output.WriteLine(text);
            }
        }

        /// <summary>The status line of the task in progress, or null when none runs.</summary>
        public string? Status()
        {
            lock (gate)
            {
                if (what is null) return null;
                var (n, elapsed) = (Math.Min(Interlocked.Read(ref done), total), clock.Elapsed.TotalSeconds);
                var fraction = (double)n / total;
                var left = fraction > 0 ? $"about {elapsed * (1 - fraction) / fraction:F0} s left" : "time left not yet known";
                return $"  … {what}: {fraction * 100:F0}% ({n} of {total}), {elapsed:F0} s, {left}";
            }
        }

        /// <summary>What the timer does each interval: writes the status line, if a task runs.</summary>
        internal void Report()
        {
            lock (gate)
                if (Status() is { } line) output.WriteLine(line);
        }

        public void Dispose() => timer.Dispose();
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
