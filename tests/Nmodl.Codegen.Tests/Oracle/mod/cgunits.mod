: UNITS-block constants beyond the usual FARADAY and R, read back through RANGE variables.
NEURON {
    SUFFIX cgunits
    RANGE faraday, gas, kf, boltz, charge, pie, cmix, molar, volume, e1mv, typed
}
UNITS {
    (mA) = (milliamp)
    (mV) = (millivolt)
    (um) = (micron)
    (mM) = (milli/liter)
    (uM) = (micro/liter)
    FARADAY = (faraday) (coulomb)
    R = (k-mole) (joule/degC)
    KF = (faraday) (kilocoulombs)
    KB = (k) (joule/degC)
    QE = (e) (coulomb)
    PI = (pi) (1)
    CMIX = (mA/cm2) (mM um/ms)
    MOLAR = (mM) (uM)
    VOL = (um3) (liter)
    E1MV = (1e-3 volt) (volt)
    TYPED = 8.314 (joule/degC)
}
ASSIGNED { faraday gas kf boltz charge pie cmix molar volume e1mv typed }
INITIAL {
    faraday = FARADAY
    gas = R
    kf = KF
    boltz = KB
    charge = QE
    pie = PI
    cmix = CMIX
    molar = MOLAR
    volume = VOL
    e1mv = E1MV
    typed = TYPED
}
