namespace Nmodl.Parser.Units;

/// <summary>
/// Evaluates a unit expression with NEURON's rules: an optional leading number, then names
/// separated by spaces or '-' (multiplication); every name after the first '/' divides; a digit
/// 2-9 right after a name is its power ("cm2"). A name not in the table loses a known prefix
/// ("kilocoulombs"), then a plural 's' ("coulombs"), until it is found.
/// </summary>
internal static class UnitExpression
{
    public static UnitsResult<PhysicalUnit> Evaluate(string expression, Func<string, PhysicalUnit?> findExact)
    {
        var position = 0;
        var number = UnitNumber.Read(expression, ref position);
        var factor = number == 0.0 ? 1.0 : number;
        var dimension = Dimension.None;
        var inDenominator = false;

        while (position < expression.Length)
        {
            var c = expression[position];
            if (IsSeparator(c))
            {
                inDenominator |= c == '/';
                position++;
                continue;
            }

            var start = position;
            while (position < expression.Length && !IsSeparator(expression[position]))
            {
                if (!IsNameCharacter(expression[position]))
                {
                    return Malformed(expression, position);
                }
                position++;
            }
            var name = expression[start..position];
            var power = position < expression.Length && expression[position] is >= '2' and <= '9'
                ? expression[position] - '0'
                : 1;

            var unit = Resolve(name, findExact);
            if (unit is not { } found)
            {
                return Unknown(name, expression, findExact);
            }
            for (var i = 0; i < power; i++)
            {
                if (inDenominator)
                {
                    factor /= found.Factor;
                    dimension = dimension.Over(found.Dimension);
                }
                else
                {
                    factor *= found.Factor;
                    dimension = dimension.Times(found.Dimension);
                }
            }
        }

        if (!double.IsFinite(factor) || factor == 0.0)
        {
            return new UnitsError(
                UnitsErrorKind.Malformed,
                $"the unit expression ({expression}) does not evaluate to a finite, nonzero factor (it gives {factor}); a number in it overflows, underflows or divides by zero");
        }
        return new PhysicalUnit(factor, dimension);
    }

    /// <summary>
    /// The table entry a name stands for, after stripping prefixes and a plural 's' as NEURON does;
    /// the prefixes' product is folded into the factor.
    /// </summary>
    public static PhysicalUnit? Resolve(string name, Func<string, PhysicalUnit?> findExact)
    {
        var prefixFactor = 1.0;
        var rest = name;
        while (true)
        {
            if (findExact(rest) is { } entry)
            {
                return entry with { Factor = entry.Factor * prefixFactor };
            }
            var prefix = UnitPrefixes.InMatchOrder.FirstOrDefault(p => rest.StartsWith(p.Name, StringComparison.Ordinal));
            if (prefix.Name is not null)
            {
                prefixFactor *= prefix.Factor;
                rest = rest[prefix.Name.Length..];
            }
            else if (rest.Length > 1 && rest[^1] == 's')
            {
                rest = rest[..^1];
            }
            else
            {
                return null;
            }
        }
    }

    /// <summary>Characters that end a name; the digits 1-9 also give its power, '0' belongs to names.</summary>
    public static bool IsSeparator(char c) => c is (>= '1' and <= '9') or '-' or '/' or ' ' or '\t' or '\r' or '\n';

    private static bool IsNameCharacter(char c) => char.IsAsciiLetter(c) || c is '0' or '_' or '%' or '$';

    private static UnitsError Malformed(string expression, int position) => new(
        UnitsErrorKind.Malformed,
        $"unexpected character '{expression[position]}' at offset {position} in the unit expression ({expression})");

    private static UnitsError Unknown(string name, string expression, Func<string, PhysicalUnit?> findExact)
    {
        var where = expression.Trim() == name ? "" : $" in ({expression})";
        var declaration = SuggestDeclaration(name, findExact) ?? $"({name}) = (...)";
        return new UnitsError(
            UnitsErrorKind.UnknownUnit,
            $"unknown unit '{name}'{where}: NEURON's units table does not define it; declare it in the UNITS block, e.g. {declaration}",
            name);
    }

    private static readonly Dictionary<string, string> CommonSymbols = new(StringComparer.Ordinal)
    {
        ["A"] = "amp",
        ["V"] = "volt",
        ["M"] = "/liter",
        ["m"] = "meter",
        ["l"] = "liter",
        ["L"] = "liter",
        ["S"] = "siemens",
        ["F"] = "farad",
        ["J"] = "joule",
        ["W"] = "watt",
        ["g"] = "gram",
        ["mol"] = "mole",
    };

    /// <summary>
    /// A declaration that would define an unknown symbol such as "mA" or "uM", offered only when
    /// the table can evaluate it.
    /// </summary>
    private static string? SuggestDeclaration(string name, Func<string, PhysicalUnit?> findExact)
    {
        string? definition = CommonSymbols.GetValueOrDefault(name);
        if (definition is null
            && name.Length > 1
            && UnitPrefixes.SpelledOut.TryGetValue(name[0], out var prefix))
        {
            definition = prefix + CommonSymbols.GetValueOrDefault(name[1..], name[1..]);
        }
        if (definition is null || !CanEvaluate(definition, findExact))
        {
            return null;
        }
        return $"({name}) = ({definition})";
    }

    private static bool CanEvaluate(string definition, Func<string, PhysicalUnit?> findExact)
    {
        foreach (var part in definition.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Resolve(part, findExact) is null)
            {
                return false;
            }
        }
        return true;
    }
}
