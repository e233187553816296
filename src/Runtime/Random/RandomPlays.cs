namespace Nrn;

/// <summary>A simulation's <c>Random.play(&amp;var)</c> list: each entry draws from its Random into its
/// variable at finitialize (after the event queue is cleared, before the voltages are set) and at every
/// fixed step (after the step's events, before the first half step), in the order they were added, as
/// NEURON's <c>nrn_random_play</c> does. A variable no longer in the model is skipped, as NEURON drops it.</summary>
internal sealed class RandomPlays
{
    private readonly List<(NrnRandom Random, DataReference Target)> _plays = [];

    public void Add(NrnRandom random, DataReference target) => _plays.Add((random, target));

    public void Play()
    {
        for (var k = 0; k < _plays.Count; k++)
        {
            var (random, target) = _plays[k];
            if (target.TryResolve(out var array, out var index)) array[index] = random.Repick();
        }
    }
}
