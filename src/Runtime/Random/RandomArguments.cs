namespace Nrn;

/// <summary>NEURON's <c>chkarg</c> for the Random class: an argument outside its range is an error naming
/// the method, the argument and the value.</summary>
internal static class RandomArguments
{
    public static void Check(string method, int position, double value, double low, double high)
    {
        if (!(value >= low && value <= high))
            throw new ArgumentOutOfRangeException($"arg{position}", value, $"{method}: argument {position} must be from {low} to {high}, not {value}");
    }
}
