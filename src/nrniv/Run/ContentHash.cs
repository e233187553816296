using System.Security.Cryptography;
using System.Text;

namespace Nrniv.Run;

/// <summary>SHA-256 of text (UTF-8), in lower-case hex: what the script cache keys on.</summary>
internal static class ContentHash
{
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
