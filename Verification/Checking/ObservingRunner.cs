using FsCheck;
using Microsoft.FSharp.Collections;
using Microsoft.FSharp.Core;

namespace Rssp.Verification.Checking;

/// <summary>FsCheck's runner as an observer: the result of a check, the arguments of every test in order, and the
/// shrinks FsCheck kept. It prints nothing. A cancelled token stops the run at the next instance (the exception leaves
/// FsCheck's loop, outside the property, so it is not mistaken for a failure); onInstance is told of each one.</summary>
public sealed class ObservingRunner(CancellationToken cancel = default, Action? onInstance = null) : IRunner
{
    private readonly List<object> tested = [];
    private readonly List<object> shrunk = [];

    public IReadOnlyList<object> Tested => tested;

    public IReadOnlyList<object> Shrunk => shrunk;

    public TestResult? Result { get; private set; }

    public void OnStartFixture(Type t) { }

    public void OnArguments(int ntest, FSharpList<object> args, FSharpFunc<int, FSharpFunc<FSharpList<object>, string>> every)
    {
        cancel.ThrowIfCancellationRequested();
        tested.AddRange(args);
        onInstance?.Invoke();
    }

    public void OnShrink(FSharpList<object> args, FSharpFunc<FSharpList<object>, string> everyShrink)
    {
        cancel.ThrowIfCancellationRequested();
        shrunk.AddRange(args);
    }

    public void OnFinished(string name, TestResult testResult) => Result = testResult;
}
