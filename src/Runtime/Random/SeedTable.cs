namespace Nrn;

/// <summary>The GNU C++ library's 32 seed words, shared by <see cref="AcgGenerator"/> and
/// <see cref="MlcgGenerator"/>: a seed below 32 selects one, a larger seed is mixed with one.</summary>
internal static class SeedTable
{
    public const int Length = 32;

    public static ReadOnlySpan<uint> Words =>
    [
        0xbdcc47e5, 0x54aea45d, 0xec0df859, 0xda84637b, 0xc8c6cb4f, 0x35574b01, 0x28260b7d, 0x0d07fdbf,
        0x9faaeeb0, 0x613dd169, 0x5ce2d818, 0x85b9e706, 0xab2469db, 0xda02b0dc, 0x45c60d6e, 0xffe49d10,
        0x7224fea3, 0xf9684fc9, 0xfc7ee074, 0x326ce92a, 0x366d13b5, 0x17aaa731, 0xeb83a675, 0x7781cb32,
        0x4ec7c92d, 0x7f187521, 0x2cf346b4, 0xad13310f, 0xb89cff2b, 0x12164de1, 0xa865168d, 0x32b56cdf,
    ];
}
