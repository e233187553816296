using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Nrn;

namespace Benchmarks.Events;

/// <summary>
/// Throughput of the event queue with many pending events: <see cref="PendingEvents"/> events at
/// random times in [0, 100) ms (on a 0.001 ms grid, so equal times occur) are queued after
/// finitialize and then delivered by stepping a one-compartment model to 100 ms with dt = 0.025
/// (4000 steps, whose own cost is negligible here). Each event runs a trivial callback, so the time
/// is the queue's insert and removal in NEURON's delivery order. One operation = all events.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class QueueBenchmarks
{
    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new ThroughputColumn("Events/s", "Events queued and delivered per second (PendingEvents / mean time)",
            c => c.Parameters["PendingEvents"] is int count ? count : null));
    }

    private Simulation _sim = null!;
    private Network _network = null!;
    private double[] _times = [];
    private Action<double> _onEvent = null!;
    private long _delivered;

    [Params(100_000, 1_000_000, 4_000_000)]
    public int PendingEvents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _sim = new Simulation();
        _sim.Section("anchor");
        _network = Network.Of(_sim);
        var random = new Random(11);
        _times = new double[PendingEvents];
        for (var i = 0; i < _times.Length; i++) _times[i] = Math.Round(random.NextDouble() * 100, 3);
        _onEvent = _ => _delivered++;
        // One full round so the event pool and the heap have grown before measuring.
        QueueAndDeliver();
    }

    [Benchmark]
    public long QueueAndDeliver()
    {
        _delivered = 0;
        _sim.FInitialize(-65);
        foreach (var t in _times) _network.At(t, _onEvent);
        _sim.ContinueRun(100);
        if (_delivered != _times.Length) throw new InvalidOperationException($"{_delivered} of {_times.Length} events delivered");
        return _delivered;
    }
}
