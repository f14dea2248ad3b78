namespace Rssp.Reports.Runs;

/// <summary>Progress of a long run: a live Spectre.Console display on an interactive terminal, plain lines
/// otherwise (redirected output, CI logs, tests), so a log never fills with control codes.</summary>
public interface IRunProgress
{
    /// <summary>Starts a new task of the given size (trials, claims); the previous one is complete.</summary>
    void Begin(string what, long total);

    void Advance(long amount);

    /// <summary>A line of output that stays (a verdict, a finished grid point).</summary>
    void Line(string text);
}
