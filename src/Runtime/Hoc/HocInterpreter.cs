using System.Globalization;
using System.Text.RegularExpressions;

namespace Nrn.Hoc;

/// <summary>Runs HOC text as it parses it (recursive descent over the tokens; a loop body is run by
/// going back to its first token, a branch not taken is parsed with <c>run = false</c>), so syntax
/// errors are found even in code that never runs. As in HOC, a statement ends where its expression
/// cannot go on (<c>L = 20  diam = 20</c> is two statements). Statements act on the current section: the top of
/// the section stack (<c>sec { }</c>, <c>sec stmt</c>, <c>forall</c>, <c>forsec</c>), else the
/// accessed one.</summary>
internal sealed partial class HocInterpreter
{
    private readonly Simulation _sim;
    private readonly HocState _state;
    private readonly string _file;
    private readonly List<HocToken> _tokens;
    private readonly Stack<Section> _stack = new();
    private int _p;

    private HocInterpreter(Simulation sim, HocState state, string text, string file)
    {
        (_sim, _state, _file) = (sim, state, file);
        _tokens = HocLexer.Tokenize(text, file);
    }

    public static void Run(Simulation sim, HocState state, string text, string file)
    {
        var interpreter = new HocInterpreter(sim, state, text, file);
        while (true)
        {
            interpreter.SkipSeparators();
            if (interpreter.Peek.Kind == HocTokenKind.End) return;
            interpreter.Statement(run: true);
        }
    }

    private HocToken Peek => _tokens[_p];

    private HocToken PeekAt(int ahead) => _tokens[Math.Min(_p + ahead, _tokens.Count - 1)];

    private HocToken Next() => _tokens[_p < _tokens.Count - 1 ? _p++ : _p];

    private HocException Error(HocToken at, string message, Exception? inner = null) => new(_file, at.Line, at.Column, message, inner);

    private HocToken Expect(string symbol)
    {
        var token = Next();
        return token.Is(symbol) ? token : throw Error(token, $"expected '{symbol}', found {token.Describe()}");
    }

    private string ExpectName(string what)
    {
        var token = Next();
        return token.Kind == HocTokenKind.Name ? token.Text : throw Error(token, $"expected {what}, found {token.Describe()}");
    }

    private void SkipSeparators()
    {
        while (Peek.Kind == HocTokenKind.NewLine || Peek.Is(";")) Next();
    }

    private Section Current(HocToken at) =>
        _stack.Count > 0 ? _stack.Peek()
        : _state.Accessed is { Deleted: false } accessed ? accessed
        : throw Error(at, "no section is accessed (create one first, or use 'access')");

    /// <summary>Runs <paramref name="action"/> (a model change), reporting what the model refuses at <paramref name="at"/>.</summary>
    private void Apply(HocToken at, Action action)
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or NotSupportedException)
        {
            throw Error(at, e.Message, e);
        }
    }

    private void Statement(bool run)
    {
        var start = Peek;
        if (start.Is("{"))
        {
            Block(run);
            return;
        }
        if (start.Kind != HocTokenKind.Name)
            throw Error(start, $"expected a statement, found {start.Describe()}");
        if (HocKeywords.Unsupported.Contains(start.Text))
            throw Error(start, $"'{start.Text}' is not supported. {HocKeywords.Subset}");
        switch (start.Text)
        {
            case "create": Create(run); return;
            case "access": Access(run); return;
            case "connect": Connect(run); return;
            case "insert" or "uninsert": Insert(run); return;
            case "forall": Forall(run); return;
            case "forsec": Forsec(run); return;
            case "for": For(run); return;
            case "if": If(run); return;
        }
        if (_state.Sections.ContainsKey(start.Text))
        {
            SectionStatement(run);
            return;
        }
        if (PeekAt(1).Is("(")) Call(run);
        else if (PeekAt(1).Is("=")) Assignment(run);
        else throw Error(start, $"'{start.Text}' is not defined (no section, variable or statement of that name)");
    }

    private void Block(bool run)
    {
        var open = Expect("{");
        while (true)
        {
            SkipSeparators();
            if (Peek.Is("}"))
            {
                Next();
                return;
            }
            if (Peek.Kind == HocTokenKind.End) throw Error(open, "'{' is never closed by '}'");
            Statement(run);
        }
    }

    /// <summary><c>sec { ... }</c>, <c>sec stmt</c> or <c>sec.L = 20</c>.</summary>
    private void SectionStatement(bool run)
    {
        var section = SectionReference(run);
        if (Peek.Is("."))
        {
            Next();
            var property = Peek;
            ExpectName("a section property");
            Expect("=");
            var value = Expression(run);
            if (run) Apply(property, () => SetProperty(section!, property, value));
            return;
        }
        if (run) _stack.Push(section!);
        try
        {
            Statement(run);
        }
        finally
        {
            if (run) _stack.Pop();
        }
    }

    /// <summary><c>name</c> or <c>name[index]</c> of a created section; null when not running.</summary>
    private Section? SectionReference(bool run)
    {
        var token = Next();
        if (token.Kind != HocTokenKind.Name || !_state.Sections.TryGetValue(token.Text, out var entry))
            throw Error(token, $"expected a section name, found {token.Describe()}");
        var index = 0;
        if (Peek.Is("["))
        {
            var open = Next();
            var value = Expression(run);
            Expect("]");
            if (!entry.IsArray) throw Error(open, $"section '{token.Text}' is not an array");
            if (run && (value != Math.Floor(value) || value < 0 || value >= entry.Sections.Length))
                throw Error(open, $"index {Format(value)} is outside {token.Text}[0..{entry.Sections.Length - 1}]");
            index = (int)value;
        }
        if (!run) return null;
        var section = entry.Sections[index];
        return section.Deleted ? throw Error(token, $"section {section.Name} has been deleted") : section;
    }

    private void Access(bool run)
    {
        Next();
        var section = SectionReference(run);
        if (run) _state.Accessed = section;
    }

    private void Create(bool run)
    {
        Next();
        do
        {
            var nameToken = Peek;
            var name = ExpectName("a section name");
            if (HocKeywords.Constants.ContainsKey(name) || HocKeywords.Functions.ContainsKey(name) || _state.Variables.ContainsKey(name))
                throw Error(nameToken, $"'{name}' is already a variable or function and cannot name a section");
            int? size = null;
            if (Peek.Is("["))
            {
                var open = Next();
                var value = Expression(run);
                Expect("]");
                if (run && (value != Math.Floor(value) || value < 1 || value > 1e7))
                    throw Error(open, $"section array size must be a positive integer, got {Format(value)}");
                size = run ? (int)value : 1;
            }
            if (run) CreateSections(name, size);
        }
        while (Peek.Is(",") && Next().Is(","));
    }

    /// <summary>As NEURON, creating a name again deletes the sections it named.</summary>
    private void CreateSections(string name, int? size)
    {
        if (_state.Sections.TryGetValue(name, out var old))
            foreach (var section in old.Sections.Where(s => !s.Deleted)) _sim.DeleteSection(section);
        Section[] created = size is { } n
            ? [.. Enumerable.Range(0, n).Select(i => _sim.Section($"{name}[{i}]"))]
            : [_sim.Section(name)];
        _state.Sections[name] = (created, size is not null);
        if (_state.Accessed is null or { Deleted: true }) _state.Accessed = created[0];
    }

    /// <summary><c>connect child(x), parent(y)</c>, <c>connect child(x), y</c> (parent: the current
    /// section); the child's end defaults to 0.</summary>
    private void Connect(bool run)
    {
        var keyword = Next();
        var child = SectionReference(run);
        var childEnd = 0.0;
        if (Peek.Is("("))
        {
            Next();
            childEnd = Expression(run);
            Expect(")");
        }
        Expect(",");
        Section? parent;
        double parentX;
        if (Peek.Kind == HocTokenKind.Name && _state.Sections.ContainsKey(Peek.Text))
        {
            parent = SectionReference(run);
            Expect("(");
            parentX = Expression(run);
            Expect(")");
        }
        else
        {
            parentX = Expression(run);
            parent = run ? Current(keyword) : null;
        }
        if (run) Apply(keyword, () => child!.Connect(parent!, parentX, childEnd));
    }

    private void Insert(bool run)
    {
        var keyword = Next();
        var mechanism = Peek;
        var name = ExpectName("a mechanism name");
        if (!run) return;
        var section = Current(keyword);
        Apply(mechanism, () =>
        {
            if (keyword.Text == "insert") section.Insert(name);
            else section.Uninsert(name);
        });
    }

    private void Forall(bool run)
    {
        Next();
        RunForEach(run, [.. _sim.AllSec]);
    }

    /// <summary><c>forsec "pattern" stmt</c>: every section whose name the regular expression matches
    /// somewhere (<c>"dend"</c> visits <c>dend[0]</c> and <c>adend</c>, as in NEURON).</summary>
    private void Forsec(bool run)
    {
        Next();
        var pattern = Next();
        if (pattern.Kind != HocTokenKind.String)
            throw Error(pattern, $"forsec needs a \"pattern\" string here (SectionList is not supported), found {pattern.Describe()}");
        if (pattern.Text.IndexOfAny(['^', '$']) >= 0)
            throw Error(pattern, $"forsec pattern \"{pattern.Text}\": '^' and '$' are not supported (NEURON 8.2 matches no section with them; a pattern matches anywhere in the name)");
        Regex regex;
        try
        {
            regex = new Regex(pattern.Text, RegexOptions.CultureInvariant);
        }
        catch (ArgumentException e)
        {
            throw Error(pattern, $"bad pattern \"{pattern.Text}\": {e.Message}", e);
        }
        RunForEach(run, [.. _sim.AllSec.Where(s => regex.IsMatch(s.Name))]);
    }

    private void RunForEach(bool run, List<Section> sections)
    {
        var body = _p;
        if (!run || sections.Count == 0)
        {
            Statement(run: false);
            return;
        }
        foreach (var section in sections)
        {
            _p = body;
            _stack.Push(section);
            try
            {
                Statement(run: true);
            }
            finally
            {
                _stack.Pop();
            }
        }
    }

    /// <summary><c>for i = first, last stmt</c> (last included).</summary>
    private void For(bool run)
    {
        Next();
        if (Peek.Is("(")) throw Error(Peek, $"the C-style 'for (init; test; step)' loop is not supported; use 'for i = first, last'. {HocKeywords.Subset}");
        var variable = Peek;
        var name = ExpectName("a loop variable");
        CheckAssignable(variable);
        Expect("=");
        var first = Expression(run);
        Expect(",");
        var last = Expression(run);
        var body = _p;
        if (!run || first > last)
        {
            Statement(run: false);
            return;
        }
        for (var i = first; i <= last; i++)
        {
            _state.Variables[name] = i;
            _p = body;
            Statement(run: true);
        }
    }

    private void If(bool run)
    {
        Next();
        Expect("(");
        var condition = Expression(run) != 0;
        Expect(")");
        Statement(run && condition);
        var afterThen = _p;
        SkipSeparators();
        if (Peek.Is("else"))
        {
            Next();
            Statement(run && !condition);
        }
        else
        {
            _p = afterThen;
        }
    }

    private static string Format(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}
