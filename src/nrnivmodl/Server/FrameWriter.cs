using System.Text;

namespace Nrnivmodl.Server;

/// <summary>Text the build prints, sent to the client line by line as <see cref="ServerProtocol.Frame"/>s
/// of one kind; the output and error writers of one request share the connection's lock.</summary>
internal sealed class FrameWriter(BinaryWriter connection, ServerProtocol.Frame kind, object gate) : TextWriter
{
    private readonly StringBuilder _line = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        _line.Append(value);
        if (value == '\n') Flush();
    }

    public override void Write(string? value)
    {
        _line.Append(value);
        if (value is not null && value.Contains('\n')) Flush();
    }

    public override void Flush()
    {
        if (_line.Length == 0) return;
        lock (gate)
        {
            connection.Write((byte)kind);
            connection.Write(_line.ToString());
            connection.Flush();
        }
        _line.Clear();
    }
}
