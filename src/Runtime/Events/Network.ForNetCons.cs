using Nrn.Abi;

namespace Nrn;

/// <summary>FOR_NETCONS: the weights of every NetCon that targets an object, in creation order.
/// The lists are built once after the NetCons change, so a NET_RECEIVE that loops over its
/// NetCons allocates nothing.</summary>
public sealed partial class Network
{
    private readonly Dictionary<MechanismObject, List<double[]>> _weightsByTarget = [];
    private bool _weightsByTargetValid;

    IReadOnlyList<double[]> IEventSink.NetConWeights(MechanismBlock block, int instance)
    {
        var target = ObjectAt(block, instance, "FOR_NETCONS");
        if (!_weightsByTargetValid)
        {
            _weightsByTarget.Clear();
            foreach (var netCon in _netCons)
            {
                if (netCon.Target is not { } t) continue;
                if (!_weightsByTarget.TryGetValue(t, out var list)) _weightsByTarget[t] = list = [];
                list.Add(netCon.Weight.Values);
            }
            _weightsByTargetValid = true;
        }
        return _weightsByTarget.TryGetValue(target, out var weights) ? weights : [];
    }
}
