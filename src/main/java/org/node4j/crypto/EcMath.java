package org.node4j.crypto;

import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;

import java.math.BigInteger;

/** The public point d·G of an EC private key (the JDK has no API for it), uncompressed. */
final class EcMath {
    private EcMath() {
    }

    static byte[] publicPoint(Curves.Curve curve, BigInteger d) {
        X9ECParameters params = CustomNamedCurves.getByName(curve.jcaName());
        return params.getG().multiply(d).normalize().getEncoded(false);
    }
}
