// NEURON Python Interface Strategies: Vector basics, sharing its storage without a copy (as
// numpy's as_numpy() does), and pickling (here: binary serialization) round trips.
//   nrniv run examples/Scripts/vector.csx
var v = Vector.Range(0, 5);                               // v = h.Vector(range(5))
Console.Write(v.Printf());                                // v.printf()

var npv = v.AsMemory();                                   // npv = v.as_numpy()   (no copy)
npv.Span[3] = 42;                                         // npv[3] = 42
Console.WriteLine($"v[3] = {v[3]}");                      // print(v[3])  ->  42.0

using (var file = File.Create("vector.bin")) v.Serialize(file);                 // pickle.dump(v, f)
Vector back;
using (var file = File.OpenRead("vector.bin")) back = Vector.Deserialize(file); // vv = pickle.load(f)
Console.Write(back.Printf());                             // vv.printf()
Console.WriteLine($"same bits after the round trip: {back.BitwiseEquals(v)}");
