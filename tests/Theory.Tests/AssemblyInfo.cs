using FsCheck.Xunit;

// Every property replays the same pseudo-random instances on every run, so that the test run is
// deterministic (Stryker compares runs per mutant). A property that wants more instances says so.
[assembly: Properties(Replay = "(20261127,1234567)", MaxTest = 100)]
