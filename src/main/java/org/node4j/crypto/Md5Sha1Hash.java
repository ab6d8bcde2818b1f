package org.node4j.crypto;

import java.nio.ByteBuffer;

/** OpenSSL's md5-sha1 (TLS 1.0's handshake hash): MD5 and SHA-1 of the same data, concatenated. */
final class Md5Sha1Hash implements HashFunction {
    private final HashAlgorithm algorithm;
    private final HashFunction md5;
    private final HashFunction sha1;

    Md5Sha1Hash(HashAlgorithm algorithm, HashFunction md5, HashFunction sha1) {
        this.algorithm = algorithm;
        this.md5 = md5;
        this.sha1 = sha1;
    }

    @Override
    public void update(ByteBuffer data) {
        ByteBuffer again = data.duplicate();
        md5.update(data);
        sha1.update(again);
    }

    @Override
    public void update(byte[] data, int offset, int length) {
        md5.update(data, offset, length);
        sha1.update(data, offset, length);
    }

    @Override
    public void finish(byte[] out, int offset, int length) {
        md5.finish(out, offset, 16);
        sha1.finish(out, offset + 16, 20);
    }

    @Override
    public HashFunction copy() {
        return new Md5Sha1Hash(algorithm, md5.copy(), sha1.copy());
    }

    @Override
    public HashAlgorithm algorithm() {
        return algorithm;
    }
}
