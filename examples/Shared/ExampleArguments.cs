namespace Examples;

/// <summary>The options of an example program, <c>--name VALUE</c> pairs from a fixed set; anything
/// else prints the usage and makes the program exit with 2.</summary>
internal sealed class ExampleArguments
{
    private readonly Dictionary<string, string> _values;

    private ExampleArguments(Dictionary<string, string> values) => _values = values;

    public static ExampleArguments? Parse(string[] args, string program, params string[] options)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (options.Contains(args[i]) && i + 1 < args.Length)
            {
                values[args[i]] = args[++i];
                continue;
            }
            Console.Error.WriteLine($"{program}: unexpected argument '{args[i]}'");
            Console.Error.WriteLine($"usage: {program} {string.Join(" ", options.Select(o => $"[{o} {o.TrimStart('-').ToUpperInvariant()}]"))}");
            return null;
        }
        return new ExampleArguments(values);
    }

    public string? this[string option] => _values.GetValueOrDefault(option);
}
