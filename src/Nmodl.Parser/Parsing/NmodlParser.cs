using Nmodl.Parser.Diagnostics;
using Nmodl.Parser.Syntax;
using Nmodl.Parser.Text;

namespace Nmodl.Parser.Parsing;

/// <summary>
/// Entry point of the front end: .mod file or text in, <see cref="ParseResult"/> out. Never
/// throws for any input; every problem is a diagnostic. INCLUDE files are looked up next to the
/// including file first, then in <see cref="ParseOptions.IncludePaths"/>.
/// </summary>
public static class NmodlParser
{
    public static ParseResult ParseFile(string path, ParseOptions? options = null) =>
        new Session(options ?? new ParseOptions()).Run(session => session.ParseFile(path, null));

    public static ParseResult ParseText(string text, string path = "input.mod", ParseOptions? options = null) =>
        new Session(options ?? new ParseOptions()).Run(session => session.ParseSource(new SourceText(path, text)));

    public static ParseResult ParseBytes(ReadOnlySpan<byte> bytes, string path = "input.mod", ParseOptions? options = null)
    {
        var session = new Session(options ?? new ParseOptions());
        var source = SourceDecoder.Decode(path, bytes, session.Diagnostics);
        return session.Run(s => s.ParseSource(source));
    }

    /// <summary>The state of one parse: diagnostics, texts read so far, and the chain of open INCLUDEs.</summary>
    private sealed class Session(ParseOptions options)
    {
        private readonly Dictionary<string, SourceText> _sources = new(StringComparer.Ordinal);
        private readonly Stack<string> _includeChain = new();

        public DiagnosticBag Diagnostics { get; } = new();

        public ParseResult Run(Func<Session, ModFile> parse)
        {
            var root = parse(this);
            return new ParseResult(root, Diagnostics.ToList(), _sources);
        }

        public ModFile ParseFile(string path, SourceSpan? includedFrom)
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                var span = includedFrom ?? new SourceSpan(path, 0, 0, 1, 1);
                Diagnostics.Add(DiagnosticCode.FileNotReadable, span, $"cannot read '{path}': {e.Message}");
                return new ModFile(new SourceSpan(path, 0, 0, 1, 1), path, []);
            }
            return ParseSource(SourceDecoder.Decode(path, bytes, Diagnostics), includedFrom is not null);
        }

        public ModFile ParseSource(SourceText source) => ParseSource(source, included: false);

        private ModFile ParseSource(SourceText source, bool included)
        {
            _sources[source.Path] = source;
            _includeChain.Push(FullPath(source.Path));
            var file = Parser.Parse(source, Diagnostics, (name, at) => Include(name, at, source.Path), warnAboutVerbatim: !included);
            _includeChain.Pop();
            if (included) return file;
            if (file.Blocks.IsEmpty && !Diagnostics.HasErrors)
                Diagnostics.Add(DiagnosticCode.EmptyFile, source.Span(0, 0), "file contains no NMODL blocks");
            return file;
        }

        private ModFile? Include(string name, SourceSpan at, string includingPath)
        {
            var path = Resolve(name, includingPath);
            if (path is null)
            {
                var searched = string.Join(", ", SearchFolders(includingPath).Select(f => f.Length == 0 ? "." : f));
                Diagnostics.Add(DiagnosticCode.IncludeNotFound, at, $"INCLUDE file \"{name}\" not found (searched: {searched})");
                return null;
            }
            if (_includeChain.Contains(FullPath(path)))
            {
                Diagnostics.Add(DiagnosticCode.IncludeCycle, at, $"INCLUDE \"{name}\" includes itself (through {string.Join(" <- ", _includeChain.Select(Path.GetFileName))})");
                return null;
            }
            return ParseFile(path, at);
        }

        private string? Resolve(string name, string includingPath)
        {
            if (name.Length == 0 || name.IndexOfAny(Path.GetInvalidPathChars()) >= 0) return null;
            if (Path.IsPathRooted(name)) return File.Exists(name) ? name : null;
            foreach (var folder in SearchFolders(includingPath))
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate)) return candidate;
            }
            return null;
        }

        private IEnumerable<string> SearchFolders(string includingPath)
        {
            yield return Path.GetDirectoryName(includingPath) ?? "";
            foreach (var folder in options.IncludePaths) yield return folder;
        }

        private static string FullPath(string path)
        {
            try
            {
                return Path.GetFullPath(path);
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
            {
                return path;
            }
        }
    }
}
