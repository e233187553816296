namespace Nmodl.Parser.Diagnostics;

/// <summary>
/// Every diagnostic the front end can report. The numeric value is the stable code
/// (<c>NMODL0001</c> ...); never renumber, only append.
/// </summary>
public enum DiagnosticCode
{
    NotUtf8 = 1,
    UnexpectedCharacter = 2,
    UnexpectedToken = 3,
    UnterminatedComment = 4,
    UnterminatedVerbatim = 5,
    UnterminatedString = 6,
    InvalidNumber = 7,
    UnknownBlock = 8,
    MissingClosingBrace = 9,
    StrayClosingBrace = 10,
    IncludeNotFound = 11,
    IncludeCycle = 12,
    EmptyFile = 13,
    UnterminatedUnit = 14,
    StatementNotAllowedHere = 15,
    ExpectedExpression = 16,
    UnknownNeuronStatement = 17,
    UnknownSolveMethod = 18,
    InvalidArraySize = 19,
    UnsupportedBlock = 20,
    FileNotReadable = 21,
    ExpectedStatement = 22,
    MissingNetReceiveArgument = 23,
    NestingTooDeep = 24,
    UnknownDefine = 25,
    DefaultIgnored = 101,
    VerbatimNotThreadSafe = 102,
}

public static class DiagnosticCodes
{
    public static string Id(DiagnosticCode code) => $"NMODL{(int)code:D4}";

    /// <summary>The front-end code with identifier <paramref name="id"/>, or null if it is not one.</summary>
    public static DiagnosticCode? FromId(string id) =>
        id.StartsWith("NMODL", StringComparison.Ordinal)
        && int.TryParse(id.AsSpan(5), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
        && Enum.IsDefined(typeof(DiagnosticCode), number)
            ? (DiagnosticCode)number
            : null;

    public static DiagnosticSeverity SeverityOf(DiagnosticCode code) =>
        code is DiagnosticCode.NotUtf8 or DiagnosticCode.DefaultIgnored or DiagnosticCode.VerbatimNotThreadSafe
            ? DiagnosticSeverity.Warning
            : DiagnosticSeverity.Error;
}
