namespace Rssp.Reports.Runs;

/// <summary>How a run ended: trials found on file, trials run now, and whether every trial of the share is done.</summary>
public sealed record EstimateStatus(int OnFile, int Ran, bool Complete);
