package org.node4j.binding;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.values.V8Value;
import org.node4j.crypto.AsymmetricKey;
import org.node4j.crypto.Curves;
import org.node4j.crypto.HashAlgorithm;
import org.node4j.crypto.KeyCodec;
import org.node4j.crypto.KeyFailure;
import org.node4j.crypto.KeyGen;
import org.node4j.crypto.Memory;
import org.node4j.crypto.RsaCrypt;
import org.node4j.crypto.Signatures;
import org.node4j.engine.Args;
import org.node4j.engine.Isolate;
import org.node4j.engine.NativeObject;

import java.math.BigInteger;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The asymmetric-key natives of {@code internalBinding('crypto')}. JS keeps each key as its canonical DER
 * (PKCS#8 or SPKI) and passes it as (arrayBuffer, offset, length); keys and signatures come back as base64
 * strings (small, and deliverable from the thread pool); failures as {@link KeyFailure} codes.
 */
final class KeyNatives {
    private static final Base64.Encoder B64 = Base64.getEncoder();

    private final Isolate isolate;
    private final IntFunction<HashAlgorithm> digests;

    KeyNatives(Isolate isolate, IntFunction<HashAlgorithm> digests) {
        this.isolate = isolate;
        this.digests = digests;
    }

    private interface KeyWork {
        Object run() throws KeyFailure;
    }

    private static Object guarded(KeyWork work) {
        try {
            return work.run();
        } catch (KeyFailure e) {
            return e.code;
        }
    }

    private static List<Object> describe(AsymmetricKey key) {
        return List.of(key.isPrivate(), key.type(), B64.encodeToString(key.der()));
    }

    private static AsymmetricKey key(V8Value[] a, int index) throws JavetException, KeyFailure {
        return KeyCodec.fromCanonical(Memory.copy(a, index));
    }

    private HashAlgorithm digest(int index) {
        return index < 0 ? null : digests.apply(index);
    }

    void install(NativeObject t) throws JavetException {
        t.value("curveNames", t.convert(Curves.names()));
        // (data…3, format, encoding, wantPrivate) → [isPrivate, type, derBase64] or an error code
        t.fn("keyRead", a -> {
            byte[] data = Memory.copy(a, 0);
            String format = Args.str(a, 3);
            String encoding = Args.str(a, 4);
            boolean wantPrivate = Args.bool(a, 5);
            return t.convert(guarded(() -> describe(KeyCodec.read(data, format, encoding, wantPrivate))));
        });
        // (["kty", value, …], wantPrivate)
        t.fn("keyReadJwk", a -> {
            String[] flat = org.node4j.engine.Args.strings(a[0]);
            Map<String, String> jwk = new HashMap<>();
            for (int i = 0; i + 1 < flat.length; i += 2) jwk.put(flat[i], flat[i + 1]);
            boolean wantPrivate = Args.bool(a, 1);
            return t.convert(guarded(() -> describe(KeyCodec.fromJwk(jwk, wantPrivate))));
        });
        t.fn("keyPublicOf", a -> {
            byte[] der = Memory.copy(a, 0);
            return t.convert(guarded(() -> describe(KeyCodec.publicOf(KeyCodec.fromCanonical(der)))));
        });
        // (der…3, encoding, pem) → base64 of the written bytes, or null when the key has no such encoding
        t.fn("keyWrite", a -> {
            byte[] der = Memory.copy(a, 0);
            String encoding = Args.str(a, 3);
            boolean pem = Args.bool(a, 4);
            return t.convert(guarded(() -> {
                byte[] out = KeyCodec.write(KeyCodec.fromCanonical(der), encoding, pem);
                return out == null ? null : B64.encodeToString(out);
            }));
        });
        t.fn("keyDetails", a -> {
            byte[] der = Memory.copy(a, 0);
            return t.convert(guarded(() -> KeyCodec.details(KeyCodec.fromCanonical(der))));
        });
        t.fn("keyJwk", a -> {
            byte[] der = Memory.copy(a, 0);
            return t.convert(guarded(() -> KeyCodec.toJwk(KeyCodec.fromCanonical(der))));
        });
        // (type, modulusLength, publicExponent (decimal), curve, req) → [public, private] as keyRead describes keys
        t.fn("keyGenerate", a -> {
            String type = Args.str(a, 0);
            int bits = Args.i32(a, 1);
            BigInteger exponent = new BigInteger(Args.str(a, 2));
            String curve = Args.str(a, 3);
            int req = Args.i32(a, 4);
            KeyWork work = () -> {
                AsymmetricKey[] pair = KeyGen.generate(type, bits, exponent, curve);
                return List.of(describe(pair[0]), describe(pair[1]));
            };
            if (req > 0) {
                isolate.submit(req, () -> guarded(work));
                return t.undefined();
            }
            return t.convert(guarded(work));
        });
        // (der…3, digest, data…3, padding, saltLength, p1363, req) → base64 signature or an error code
        t.fn("sign", a -> {
            AsymmetricKey k;
            try {
                k = key(a, 0);
            } catch (KeyFailure e) {
                return t.integer(e.code);
            }
            HashAlgorithm d = digest(Args.i32(a, 3));
            byte[] data = Memory.copy(a, 4);
            int padding = Args.i32(a, 7);
            int salt = Args.i32(a, 8);
            boolean p1363 = Args.bool(a, 9);
            int req = Args.i32(a, 10);
            KeyWork work = () -> B64.encodeToString(Signatures.sign(k, d, data, padding, salt, p1363));
            if (req > 0) {
                isolate.submit(req, () -> guarded(work));
                return t.undefined();
            }
            return t.convert(guarded(work));
        });
        // (der…3, digest, data…3, signature…3, padding, saltLength, p1363, req) → true/false or an error code
        t.fn("verify", a -> {
            AsymmetricKey k;
            try {
                k = key(a, 0);
            } catch (KeyFailure e) {
                return t.integer(e.code);
            }
            HashAlgorithm d = digest(Args.i32(a, 3));
            byte[] data = Memory.copy(a, 4);
            byte[] sig = Memory.copy(a, 7);
            int padding = Args.i32(a, 10);
            int salt = Args.i32(a, 11);
            boolean p1363 = Args.bool(a, 12);
            int req = Args.i32(a, 13);
            KeyWork work = () -> Signatures.verify(k, d, data, sig, padding, salt, p1363);
            if (req > 0) {
                isolate.submit(req, () -> guarded(work));
                return t.undefined();
            }
            return t.convert(guarded(work));
        });
        // (der…3, withPrivate, encrypt, padding, oaepDigest, label…3, data…3) → base64 result or an error code
        t.fn("rsaCrypt", a -> {
            byte[] der = Memory.copy(a, 0);
            boolean withPrivate = Args.bool(a, 3);
            boolean encrypt = Args.bool(a, 4);
            int padding = Args.i32(a, 5);
            HashAlgorithm oaep = digest(Args.i32(a, 6));
            byte[] label = Memory.copy(a, 7);
            byte[] data = Memory.copy(a, 10);
            return t.convert(guarded(() -> B64.encodeToString(
                    RsaCrypt.run(KeyCodec.fromCanonical(der), withPrivate, encrypt, padding, oaep, label, data))));
        });
    }
}
