namespace Nrnivmodl.Server;

/// <summary>The messages between nrnivmodl and its compile server, over one connection: the
/// client sends one request, the server answers with frames of printed text and ends with the
/// exit code (or a refusal, after which the client builds in-process).</summary>
internal static class ServerProtocol
{
    public enum Request : byte { Build = 1, Shutdown = 2 }

    public enum Frame : byte { Server = 1, Output = 2, Error = 3, Exit = 4, Refused = 5 }

    /// <summary>What a build request carries: the compiler it is meant for, and the client's
    /// working folder, MODL_INCLUDE and arguments.</summary>
    public sealed record BuildRequest(string Compiler, string WorkingFolder, string? ModlInclude, string[] Arguments);

    public static void WriteBuild(BinaryWriter writer, BuildRequest request)
    {
        writer.Write((byte)Request.Build);
        writer.Write(request.Compiler);
        writer.Write(request.WorkingFolder);
        writer.Write(request.ModlInclude is not null);
        writer.Write(request.ModlInclude ?? "");
        writer.Write(request.Arguments.Length);
        foreach (var argument in request.Arguments) writer.Write(argument);
        writer.Flush();
    }

    public static BuildRequest ReadBuild(BinaryReader reader)
    {
        var compiler = reader.ReadString();
        var folder = reader.ReadString();
        var hasInclude = reader.ReadBoolean();
        var include = reader.ReadString();
        var arguments = new string[reader.ReadInt32()];
        for (var k = 0; k < arguments.Length; k++) arguments[k] = reader.ReadString();
        return new BuildRequest(compiler, folder, hasInclude ? include : null, arguments);
    }
}
