using Rssp.Reports;

// Ctrl-C cancels the run between trials (the claim in progress is not journalled; estimate-c keeps every trial on file), so the files on disk stay consistent and a
// rerun of the same command resumes; a second Ctrl-C ends the process at once.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    if (cancel.IsCancellationRequested) return;
    e.Cancel = true;
    Console.Error.WriteLine("stopping: the claim in progress is dropped and rerun on resume (Ctrl-C again to abort at once)…");
    cancel.Cancel();
};
return Cli.Run(args, Console.Out, Console.Error, cancel.Token);
