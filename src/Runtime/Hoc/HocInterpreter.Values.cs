namespace Nrn.Hoc;

/// <summary>Assignments, built-in procedures and expressions.</summary>
internal sealed partial class HocInterpreter
{
    private static readonly HashSet<string> SectionProperties = new(StringComparer.Ordinal) { "L", "diam", "nseg", "Ra", "cm" };

    private static readonly HashSet<string> SimulationVariables = new(StringComparer.Ordinal) { "celsius", "dt", "tstop", "v_init", "t" };

    /// <summary><c>name = expr</c>: a simulation variable, a section property or range variable of
    /// the current section (every segment), else a HOC variable.</summary>
    private void Assignment(bool run)
    {
        var target = Next();
        CheckAssignable(target);
        Expect("=");
        var value = Expression(run);
        if (!run) return;
        if (SimulationVariables.Contains(target.Text))
            Apply(target, () => SetSimulationVariable(target.Text, value));
        else if (SectionProperties.Contains(target.Text) || IsRangeVariable(target.Text))
            Apply(target, () => SetProperty(Current(target), target, value));
        else
            _state.Variables[target.Text] = value;
    }

    /// <summary><c>name_mech</c> of a registered mechanism (<c>gnabar_hh</c>, <c>g_pas</c>).</summary>
    private bool IsRangeVariable(string name)
    {
        var underscore = name.LastIndexOf('_');
        return underscore > 0 && _sim.Registry.TryGet(name[(underscore + 1)..], out _);
    }

    private void CheckAssignable(HocToken target)
    {
        if (HocKeywords.Constants.ContainsKey(target.Text) || HocKeywords.Functions.ContainsKey(target.Text) || _state.Sections.ContainsKey(target.Text))
            throw Error(target, $"'{target.Text}' cannot be assigned");
    }

    private void SetSimulationVariable(string name, double value)
    {
        switch (name)
        {
            case "celsius": _sim.Celsius = value; break;
            case "dt": _sim.Dt = value; break;
            case "tstop": _sim.Tstop = value; break;
            case "v_init": _sim.VInit = value; break;
            default: throw new InvalidOperationException($"'{name}' cannot be assigned from HOC here");
        }
    }

    private static void SetProperty(Section section, HocToken property, double value)
    {
        switch (property.Text)
        {
            case "L": section.L = value; break;
            case "diam": section.Diam = value; break;
            case "Ra": section.Ra = value; break;
            case "cm": section.Cm = value; break;
            case "nseg":
                if (value < 1 || value > int.MaxValue) throw new ArgumentOutOfRangeException(nameof(value), value, $"{section.Name}.nseg must be at least 1, got {Format(value)}");
                section.Nseg = (int)value;
                break;
            default:
                foreach (var segment in section.Segments()) segment[property.Text] = value;
                break;
        }
    }

    /// <summary><c>pt3dclear()</c>, <c>pt3dadd(x, y, z, d)</c>, <c>define_shape()</c> or a function whose value is dropped.</summary>
    private void Call(bool run)
    {
        var name = Peek;
        switch (name.Text)
        {
            case "pt3dclear":
                Arguments(run, name, 0);
                if (run) Apply(name, () => Current(name).Pt3dClear());
                return;
            case "pt3dadd":
                var a = Arguments(run, name, 4);
                if (run) Apply(name, () => Current(name).Pt3dAdd(a[0], a[1], a[2], a[3]));
                return;
            case "define_shape":
                Arguments(run, name, 0);
                if (run) Apply(name, _sim.DefineShape);
                return;
        }
        Expression(run);
    }

    private double[] Arguments(bool run, HocToken function, int count)
    {
        Next();
        Expect("(");
        var values = new List<double>();
        if (!Peek.Is(")"))
        {
            values.Add(Expression(run));
            while (Peek.Is(","))
            {
                Next();
                values.Add(Expression(run));
            }
        }
        Expect(")");
        if (values.Count != count)
            throw Error(function, $"{function.Text}() takes {count} argument{(count == 1 ? "" : "s")}, got {values.Count}");
        return [.. values];
    }

    private double Expression(bool run) => Binary(run, 0);

    private static readonly string[][] Levels = [["||"], ["&&"], ["==", "!=", "<", "<=", ">", ">="], ["+", "-"], ["*", "/", "%"]];

    private double Binary(bool run, int level)
    {
        if (level == Levels.Length) return Unary(run);
        var left = Binary(run, level + 1);
        while (Peek.Kind == HocTokenKind.Symbol && Levels[level].Contains(Peek.Text))
        {
            var opToken = Next();
            var right = Binary(run, level + 1);
            left = opToken.Text switch
            {
                "||" => left != 0 || right != 0 ? 1 : 0,
                "&&" => left != 0 && right != 0 ? 1 : 0,
                "==" => Math.Abs(left - right) <= 1e-11 ? 1 : 0,
                "!=" => Math.Abs(left - right) > 1e-11 ? 1 : 0,
                "<" => left < right - 1e-11 ? 1 : 0,
                "<=" => left <= right + 1e-11 ? 1 : 0,
                ">" => left > right + 1e-11 ? 1 : 0,
                ">=" => left >= right - 1e-11 ? 1 : 0,
                "+" => left + right,
                "-" => left - right,
                "*" => left * right,
                "/" => run && right == 0 ? throw Error(opToken, "division by zero") : left / right,
                _ => left % right,
            };
        }
        return left;
    }

    private double Unary(bool run)
    {
        if (Peek.Is("-"))
        {
            Next();
            return -Unary(run);
        }
        if (Peek.Is("+"))
        {
            Next();
            return Unary(run);
        }
        if (Peek.Is("!"))
        {
            Next();
            return Unary(run) == 0 ? 1 : 0;
        }
        var basis = Primary(run);
        if (!Peek.Is("^")) return basis;
        Next();
        return Math.Pow(basis, Unary(run));
    }

    private double Primary(bool run)
    {
        var token = Next();
        switch (token.Kind)
        {
            case HocTokenKind.Number:
                return token.Value;
            case HocTokenKind.Symbol when token.Text == "(":
                var inner = Expression(run);
                Expect(")");
                return inner;
            case HocTokenKind.Name:
                return Name(run, token);
            default:
                throw Error(token, $"expected a number or a name, found {token.Describe()}");
        }
    }

    private double Name(bool run, HocToken token)
    {
        if (HocKeywords.Functions.TryGetValue(token.Text, out var function))
        {
            _p--;
            var args = Arguments(run, token, HocKeywords.Arity(token.Text));
            return run ? function(args) : 0;
        }
        if (_state.Sections.ContainsKey(token.Text))
        {
            _p--;
            var section = SectionReference(run);
            Expect(".");
            var property = Peek;
            ExpectName("a section property");
            return run ? Read(section!, property) : 0;
        }
        if (HocKeywords.Unsupported.Contains(token.Text)) throw Error(token, $"'{token.Text}' is not supported. {HocKeywords.Subset}");
        if (HocKeywords.Constants.TryGetValue(token.Text, out var constant)) return constant;
        if (_state.Variables.TryGetValue(token.Text, out var variable)) return variable;
        if (!run) return 0;
        switch (token.Text)
        {
            case "celsius": return _sim.Celsius;
            case "dt": return _sim.Dt;
            case "tstop": return _sim.Tstop;
            case "v_init": return _sim.VInit;
            case "t": return _sim.T;
        }
        if (SectionProperties.Contains(token.Text) || IsRangeVariable(token.Text)) return Read(Current(token), token);
        throw Error(token, $"'{token.Text}' is not defined");
    }

    private double Read(Section section, HocToken property)
    {
        try
        {
            return property.Text switch
            {
                "L" => section.L,
                "nseg" => section.Nseg,
                "Ra" => section.Ra,
                _ => section[0.5][property.Text],
            };
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or KeyNotFoundException)
        {
            throw Error(property, e.Message, e);
        }
    }
}
