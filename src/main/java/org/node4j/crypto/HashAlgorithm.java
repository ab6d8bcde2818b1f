package org.node4j.crypto;

import java.util.function.Function;

/**
 * A digest node can name: its canonical name, sizes, and how to start one. {@code xof} digests (SHAKE) take any
 * output length; {@code digestLength} is then their default.
 */
public record HashAlgorithm(String name, int digestLength, int blockSize, boolean xof,
                            Function<HashAlgorithm, HashFunction> factory) {
    public HashFunction create() {
        return factory.apply(this);
    }
}
