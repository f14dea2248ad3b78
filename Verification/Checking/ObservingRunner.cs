using FsCheck;
using Microsoft.FSharp.Collections;
using Microsoft.FSharp.Core;

namespace Rssp.Verification.Checking;

/// <summary>FsCheck's runner as an observer: the result of a check, the arguments of every test in order, and the
/// shrinks FsCheck kept. It prints nothing.</summary>
public sealed class ObservingRunner : IRunner
{
    private readonly List<object> tested = [];
    private readonly List<object> shrunk = [];

    public IReadOnlyList<object> Tested => tested;

    public IReadOnlyList<object> Shrunk => shrunk;

    public TestResult? Result { get; private set; }

    public void OnStartFixture(Type t) { }

    public void OnArguments(int ntest, FSharpList<object> args, FSharpFunc<int, FSharpFunc<FSharpList<object>, string>> every) => tested.AddRange(args);

    public void OnShrink(FSharpList<object> args, FSharpFunc<FSharpList<object>, string> everyShrink) => shrunk.AddRange(args);

    public void OnFinished(string name, TestResult testResult) => Result = testResult;
}
