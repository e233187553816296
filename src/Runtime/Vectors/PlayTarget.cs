namespace Nrn;

/// <summary>Where a <c>Vector.play</c> puts its values: a model variable, or a callback (NEURON's
/// <c>play("stmt with $1", ...)</c>), called at the play's events with the value.</summary>
internal abstract class PlayTarget(Simulation simulation)
{
    public Simulation Simulation { get; } = simulation;

    public abstract void Write(double value);

    /// <summary>Checks, when the play is made, that the target exists.</summary>
    public virtual void Check()
    {
    }

    /// <summary>A model variable, written at the array and index it resolves to in the current
    /// model, resolved again only after a rebuild.</summary>
    public sealed class Variable(DataReference reference) : PlayTarget(reference.Simulation)
    {
        private double[] _array = [];
        private int _index;
        private int _version = -1;

        public override void Write(double value)
        {
            if (_version != Simulation.ModelVersion)
            {
                (_array, _index) = reference.Resolve();
                _version = Simulation.ModelVersion;
            }
            _array[_index] = value;
        }

        public override void Check() => reference.Resolve();

        public override string ToString() => reference.ToString() ?? "";
    }

    /// <summary>A callback given each value; during the call <c>sim.T</c> is the event's time.</summary>
    public sealed class Callback(Simulation simulation, Action<double> action) : PlayTarget(simulation)
    {
        public override void Write(double value) => action(value);

        public override string ToString() => $"a callback ({action.Method.Name})";
    }
}
