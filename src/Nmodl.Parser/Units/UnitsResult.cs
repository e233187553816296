namespace Nmodl.Parser.Units;

/// <summary>Either a value or the <see cref="UnitsError"/> explaining why there is none.</summary>
public readonly struct UnitsResult<T>
{
    private readonly T? value;

    private UnitsResult(T? value, UnitsError? error)
    {
        this.value = value;
        Error = error;
    }

    public UnitsError? Error { get; }

    public bool IsSuccess => Error is null;

    /// <summary>The value; asking for it after a failure is a programming error.</summary>
    public T Value => Error is null
        ? value!
        : throw new InvalidOperationException($"No value, the units operation failed: {Error.Message}");

    public static UnitsResult<T> Success(T value) => new(value, null);

    public static UnitsResult<T> Failure(UnitsError error) => new(default, error);

    public static implicit operator UnitsResult<T>(T value) => Success(value);

    public static implicit operator UnitsResult<T>(UnitsError error) => Failure(error);

    public override string ToString() => Error is null ? $"{value}" : Error.Message;
}
