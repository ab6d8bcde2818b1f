package org.node4j.crypto;

import java.nio.ByteBuffer;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** A digest the JDK provides (its SHA-1/SHA-2 paths use CPU intrinsics). */
final class JcaHash implements HashFunction {
    private final HashAlgorithm algorithm;
    private final MessageDigest md;

    private JcaHash(HashAlgorithm algorithm, MessageDigest md) {
        this.algorithm = algorithm;
        this.md = md;
    }

    /** A never-updated instance to clone: cloning is much cheaper than a provider lookup. */
    static MessageDigest prototype(String jcaName) {
        try {
            return MessageDigest.getInstance(jcaName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(jcaName, e);
        }
    }

    static HashFunction create(HashAlgorithm algorithm, MessageDigest prototype) {
        try {
            return new JcaHash(algorithm, (MessageDigest) prototype.clone());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    // The SHA intrinsics run on arrays; on a direct buffer MessageDigest works in small chunks.
    @Override
    public void update(ByteBuffer data) {
        if (data.remaining() < 256 || data.hasArray()) {
            md.update(data);
            return;
        }
        md.update(Arrays2.bytes(data));
    }

    @Override
    public void update(byte[] data, int offset, int length) {
        md.update(data, offset, length);
    }

    @Override
    public void finish(byte[] out, int offset, int length) {
        try {
            md.digest(out, offset, length);
        } catch (DigestException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public HashFunction copy() {
        try {
            return new JcaHash(algorithm, (MessageDigest) md.clone());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public HashAlgorithm algorithm() {
        return algorithm;
    }
}
