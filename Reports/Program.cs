using Rssp.Reports;

// Ctrl-C asks the run to stop after the trials (or claim) in progress, so the files on disk stay consistent and a
// rerun of the same command resumes; a second Ctrl-C ends the process at once.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    if (cancel.IsCancellationRequested) return;
    e.Cancel = true;
    Console.Error.WriteLine("stopping after the work in progress (Ctrl-C again to abort)…");
    cancel.Cancel();
};
return Cli.Run(args, Console.Out, Console.Error, cancel.Token);
