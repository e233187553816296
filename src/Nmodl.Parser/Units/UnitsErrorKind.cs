namespace Nmodl.Parser.Units;

public enum UnitsErrorKind
{
    /// <summary>A name that neither the table, a prefix nor plural stripping explains.</summary>
    UnknownUnit,

    /// <summary>A character that cannot appear in a unit expression, or a declared name that is not a single name.</summary>
    Malformed,

    /// <summary>Two expressions whose dimensions differ.</summary>
    NotConformable,

    /// <summary>A UNITS-block declaration of a name the table already defines.</summary>
    Redefinition,
}
