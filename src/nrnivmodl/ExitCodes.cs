namespace Nrnivmodl;

internal static class ExitCodes
{
    public const int Success = 0;
    public const int ModErrors = 1;
    public const int Usage = 2;
}
