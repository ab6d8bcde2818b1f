package org.node4j.binding;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.values.V8Value;
import com.caoccao.javet.values.reference.V8ValueArrayBuffer;
import org.node4j.crypto.HashAlgorithm;
import org.node4j.crypto.HashFunction;
import org.node4j.crypto.Hashes;
import org.node4j.crypto.Hmac;
import org.node4j.crypto.IdTable;
import org.node4j.crypto.Kdfs;
import org.node4j.crypto.Memory;
import org.node4j.engine.Args;
import org.node4j.engine.Isolate;
import org.node4j.engine.NativeObject;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code internalBinding('crypto')}: the front door of {@code org.node4j.crypto}. Running digests, MACs and
 * ciphers live in id tables; JS frees them on digest/final or when their wrap is collected. Small results
 * (digests) are written to {@code out}, a buffer shared with JS; bulk results go to JS memory passed as
 * {@code (arrayBuffer, byteOffset, byteLength)}. KDFs and random fills take a request id: 0 runs them now,
 * another id runs them on the thread pool and completes that request with 0 or a negative error.
 */
final class CryptoBinding implements Binding {
    static final int OUT_SIZE = 1024;
    /** A KDF's parameters were refused by the algorithm (JS words the error). */
    static final int KDF_FAILED = -1;

    private final Isolate isolate;
    private final ByteBuffer out = ByteBuffer.allocateDirect(OUT_SIZE);
    /** Numbers for the hot natives, written by JS before the call: fewer arguments make a cheaper crossing. */
    private final ByteBuffer paramMemory = ByteBuffer.allocateDirect(16 * 4).order(ByteOrder.nativeOrder());
    private final IntBuffer params = paramMemory.asIntBuffer();
    private final List<HashAlgorithm> algorithms = new ArrayList<>();
    private final IdTable<HashFunction> hashes = new IdTable<>();
    private final IdTable<Hmac> hmacs = new IdTable<>();
    private final SecureRandom random = new SecureRandom();
    private final CipherNatives ciphers = new CipherNatives();
    private final KeyNatives keys;

    CryptoBinding(Isolate isolate) {
        this.isolate = isolate;
        this.keys = new KeyNatives(isolate, algorithms::get);
    }

    @Override
    public String name() {
        return "crypto";
    }

    @Override
    public void install(NativeObject t) throws JavetException {
        t.value("out", t.runtime().createV8ValueArrayBuffer(out));
        t.value("params", t.runtime().createV8ValueArrayBuffer(paramMemory));
        t.value("hashNames", t.convert(Hashes.NODE_NAMES));
        installHashes(t);
        installHmacs(t);
        installKdfs(t);
        ciphers.install(t, out);
        keys.install(t);
        t.fn("randomFill", a -> {
            ByteBuffer target = Memory.view(a, 0);
            return run(t, Args.i32(a, 3), () -> {
                fill(target);
                return 0;
            });
        });
    }

    // An algorithm's index for the other natives: -1 unknown, -2 a legacy name node's OpenSSL refuses.
    private void installHashes(NativeObject t) throws JavetException {
        t.fn("hashIndex", a -> {
            String name = Args.str(a, 0);
            HashAlgorithm alg = Hashes.find(name);
            if (alg == null) return t.integer(Hashes.isLegacy(name) ? -2 : -1);
            int i = algorithms.indexOf(alg);
            if (i < 0) {
                algorithms.add(alg);
                i = algorithms.size() - 1;
            }
            return t.integer(i);
        });
        t.fn("hashInfo", a -> {
            HashAlgorithm alg = algorithms.get(Args.i32(a, 0));
            return t.convert(List.of(alg.name(), alg.digestLength(), alg.blockSize(), alg.xof()));
        });
        // (arrayBuffer) with params [algorithm, offset, length, outputLength]: the digest of one buffer, into `out`.
        t.fn("hashOnce", a -> {
            HashFunction h = algorithms.get(params.get(0)).create();
            h.update(view(a, 0, params.get(1), params.get(2)));
            finish(h, params.get(3), a, 1);
            return t.undefined();
        });
        t.fn("hashNew", a -> t.integer(hashes.add(algorithms.get(Args.i32(a, 0)).create())));
        // (arrayBuffer) with params [id, offset, length]
        t.fn("hashUpdate", a -> {
            hashes.get(params.get(0)).update(view(a, 0, params.get(1), params.get(2)));
            return t.undefined();
        });
        // (id, outputLength[, arrayBuffer, offset]): finishes into `out`, or into JS memory for long XOF output.
        t.fn("hashDigest", a -> t.integer(finish(hashes.remove(Args.i32(a, 0)), Args.i32(a, 1), a, 2)));
        t.fn("hashCopy", a -> t.integer(hashes.add(hashes.get(Args.i32(a, 0)).copy())));
        t.fn("hashFree", a -> {
            hashes.remove(Args.i32(a, 0));
            return t.undefined();
        });
    }

    private void installHmacs(NativeObject t) throws JavetException {
        t.fn("hmacNew", a -> {
            byte[] key = Memory.copy(a, 1);
            return t.integer(hmacs.add(Hmac.create(algorithms.get(Args.i32(a, 0)), key, 0, key.length)));
        });
        // (arrayBuffer) with params [id, offset, length]
        t.fn("hmacUpdate", a -> {
            hmacs.get(params.get(0)).update(view(a, 0, params.get(1), params.get(2)));
            return t.undefined();
        });
        t.fn("hmacDigest", a -> {
            Hmac mac = hmacs.remove(Args.i32(a, 0));
            byte[] d = mac.finish();
            out.put(0, d);
            return t.integer(d.length);
        });
        // (keyBuffer, dataBuffer) with params [algorithm, keyOffset, keyLength, dataOffset, dataLength]: the MAC
        // of one buffer, into `out`.
        t.fn("hmacOnce", a -> {
            ByteBuffer keyView = view(a, 0, params.get(1), params.get(2));
            byte[] key = new byte[keyView.remaining()];
            keyView.get(key);
            Hmac mac = Hmac.create(algorithms.get(params.get(0)), key, 0, key.length);
            mac.update(view(a, 1, params.get(3), params.get(4)));
            byte[] d = mac.finish();
            out.put(0, d);
            return t.integer(d.length);
        });
        t.fn("hmacFree", a -> {
            hmacs.remove(Args.i32(a, 0));
            return t.undefined();
        });
    }

    private void installKdfs(NativeObject t) throws JavetException {
        // (algorithm, password…3, salt…3, iterations, out…3, req)
        t.fn("pbkdf2", a -> {
            HashAlgorithm alg = algorithms.get(Args.i32(a, 0));
            byte[] password = Memory.copy(a, 1);
            byte[] salt = Memory.copy(a, 4);
            int iterations = Args.i32(a, 7);
            ByteBuffer target = Memory.view(a, 8);
            return run(t, Args.i32(a, 11), () -> {
                byte[] key = new byte[target.remaining()];
                Kdfs.pbkdf2(alg, password, salt, iterations, key);
                target.put(0, key);
                return 0;
            });
        });
        // (algorithm, key…3, salt…3, info…3, out…3, req)
        t.fn("hkdf", a -> {
            HashAlgorithm alg = algorithms.get(Args.i32(a, 0));
            byte[] key = Memory.copy(a, 1);
            byte[] salt = Memory.copy(a, 4);
            byte[] info = Memory.copy(a, 7);
            ByteBuffer target = Memory.view(a, 10);
            return run(t, Args.i32(a, 13), () -> {
                byte[] derived = new byte[target.remaining()];
                Kdfs.hkdf(alg, key, salt, info, derived);
                target.put(0, derived);
                return 0;
            });
        });
        // (password…3, salt…3, N, r, p, out…3, req)
        t.fn("scrypt", a -> {
            byte[] password = Memory.copy(a, 0);
            byte[] salt = Memory.copy(a, 3);
            int n = Args.i32(a, 6);
            int r = Args.i32(a, 7);
            int p = Args.i32(a, 8);
            ByteBuffer target = Memory.view(a, 9);
            return run(t, Args.i32(a, 12), () -> {
                try {
                    target.put(0, Kdfs.scrypt(password, salt, n, r, p, target.remaining()));
                    return 0;
                } catch (IllegalArgumentException | OutOfMemoryError e) {
                    return KDF_FAILED;
                }
            });
        });
    }

    // Into `out`, or for output longer than it (an XOF's) into the JS buffer at a[targetIndex], offset after it.
    private int finish(HashFunction h, int length, V8Value[] a, int targetIndex) throws JavetException {
        byte[] d = new byte[length];
        h.finish(d, 0, length);
        if (length <= OUT_SIZE) {
            out.put(0, d);
        } else {
            ((V8ValueArrayBuffer) a[targetIndex]).getByteBuffer().put(Args.i32(a, targetIndex + 1), d);
        }
        return length;
    }

    private static ByteBuffer view(V8Value[] a, int index, int offset, int length) throws JavetException {
        if (length == 0 || index >= a.length || !(a[index] instanceof V8ValueArrayBuffer ab)) {
            return ByteBuffer.allocate(0);
        }
        return ab.getByteBuffer().slice(offset, length);
    }

    private void fill(ByteBuffer target) {
        byte[] bytes = new byte[Math.min(target.remaining(), 1 << 16)];
        for (int pos = 0; pos < target.remaining(); pos += bytes.length) {
            int n = Math.min(bytes.length, target.remaining() - pos);
            if (n < bytes.length) bytes = new byte[n];
            random.nextBytes(bytes);
            target.put(pos, bytes, 0, n);
        }
    }

    private V8Value run(NativeObject t, int req, Supplier<Integer> work) throws JavetException {
        if (req > 0) {
            isolate.submit(req, work::get);
            return t.undefined();
        }
        return t.integer(work.get());
    }
}
