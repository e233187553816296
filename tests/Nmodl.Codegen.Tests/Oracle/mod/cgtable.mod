: A tabulated PROCEDURE and FUNCTION, to compare table construction and interpolation.
NEURON { SUFFIX cgtable GLOBAL minf, mtau }
ASSIGNED { v (mV) celsius (degC) minf mtau }
PROCEDURE rates(v) {
  TABLE minf, mtau DEPEND celsius FROM -100 TO 100 WITH 200
  minf = 1/(1 + exp(-(v + 40)/10))
  mtau = 1 + celsius*exp(-v*v/1000)
}
FUNCTION alpha(x) {
  TABLE FROM -100 TO 100 WITH 50
  alpha = 0.1*(x + 40)/(1 - exp(-(x + 40)/10) + 1e-3)
}
