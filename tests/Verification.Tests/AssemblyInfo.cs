using FsCheck.Xunit;

[assembly: Properties(Replay = "(20261127,7654321)", MaxTest = 100)]
