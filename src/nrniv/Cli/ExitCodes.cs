namespace Nrniv.Cli;

/// <summary>Exit statuses of nrniv, stable for scripts.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command ran and found a difference (compare: something beyond tolerance or unmatched).</summary>
    public const int Differences = 1;

    /// <summary>Bad arguments or unreadable input; one line on stderr says what and where.</summary>
    public const int InputError = 2;

    /// <summary>trace: the model was built but the simulation failed (e.g. a mechanism's own error).</summary>
    public const int SimulationError = 3;
}
