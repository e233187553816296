namespace Nmodl.Parser.Units;

/// <summary>Why a unit expression was rejected; the caller adds the source location.</summary>
/// <param name="UnitName">The offending unit name for <see cref="UnitsErrorKind.UnknownUnit"/> and
/// <see cref="UnitsErrorKind.Redefinition"/>, otherwise null.</param>
public sealed record UnitsError(UnitsErrorKind Kind, string Message, string? UnitName = null)
{
    public override string ToString() => Message;
}
