using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Nmodl.Parser.Parsing;

namespace Benchmarks.Parsing;

/// <summary>
/// Parse throughput of the NMODL front end: one HH-sized file (the per-file time a user
/// compiling a mod folder pays), and the whole corpus (lines/s).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class ParseBenchmarks
{
    private static readonly IReadOnlyList<(string Name, string Text)> Corpus = ParseCorpus.Load();

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new ThroughputColumn("Lines/s", "Source lines parsed per second (lines of the benchmark's input / mean time)",
            c => ParseBenchmarks.LinesOf(c.Descriptor.WorkloadMethod.Name)));
    }

    public static int LinesOf(string benchmark) => benchmark switch
    {
        nameof(HhSizedFile) => ParseCorpus.Lines(ParseCorpus.HhSized),
        _ => Corpus.Sum(file => ParseCorpus.Lines(file.Text)),
    };

    [Benchmark(Baseline = true)]
    public int HhSizedFile() => NmodlParser.ParseText(ParseCorpus.HhSized, "hh-sized.mod").Root.Blocks.Length;

    [Benchmark]
    public int WholeCorpus()
    {
        var blocks = 0;
        foreach (var (name, text) in Corpus) blocks += NmodlParser.ParseText(text, name).Root.Blocks.Length;
        return blocks;
    }
}
