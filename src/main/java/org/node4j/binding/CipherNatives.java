package org.node4j.binding;

import com.caoccao.javet.exceptions.JavetException;
import org.node4j.crypto.CipherContext;
import org.node4j.crypto.CipherFailure;
import org.node4j.crypto.CipherSpec;
import org.node4j.crypto.Ciphers;
import org.node4j.crypto.IdTable;
import org.node4j.crypto.Memory;
import org.node4j.engine.Args;
import org.node4j.engine.NativeObject;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.List;

/**
 * The cipher natives of {@code internalBinding('crypto')}. Ciphers live in an id table until final (or until JS
 * frees an abandoned one). Output goes to JS memory passed as (arrayBuffer, offset, capacity); a negative result
 * is one of the codes below or a {@link CipherFailure} code.
 */
final class CipherNatives {
    static final int UNKNOWN_CIPHER = -1;
    static final int INVALID_KEY_LENGTH = -2;
    static final int INVALID_IV = -3;
    static final int INVALID_TAG_LENGTH = -4;
    static final int TAG_LENGTH_REQUIRED = -5;

    private final IdTable<CipherContext> ciphers = new IdTable<>();

    void install(NativeObject t, ByteBuffer shared) throws JavetException {
        t.value("cipherNames", t.convert(Ciphers.names()));
        t.fn("cipherInfo", a -> {
            CipherSpec spec = Ciphers.find(Args.str(a, 0));
            if (spec == null) return t.undefined();
            return t.convert(List.of(spec.name(), spec.modeName(), spec.keyLength(), spec.ivLength(),
                    spec.blockSize()));
        });
        // (name, encrypt, key…3, iv…3 (iv undefined: none), authTagLength (-1: default)) → id or error code
        t.fn("cipherNew", a -> t.integer(create(Args.str(a, 0), Args.bool(a, 1), Memory.copy(a, 2),
                a.length > 5 && a[5] instanceof com.caoccao.javet.values.reference.V8ValueArrayBuffer
                        ? Memory.copy(a, 5) : null, Args.i32(a, 8))));
        // (id, in…3, outBuffer, outOffset, outCapacity) → bytes written or error code
        t.fn("cipherUpdate", a -> {
            CipherContext c = ciphers.get(Args.i32(a, 0));
            ByteBuffer in = Memory.view(a, 1);
            ByteBuffer out = Memory.view(a, 4);
            try {
                return t.integer(c.update(in, out));
            } catch (CipherFailure e) {
                return t.integer(e.code);
            }
        });
        // (id, outBuffer, outOffset, outCapacity) → bytes written or error code; an encryption's tag goes to `out`.
        t.fn("cipherFinal", a -> {
            CipherContext c = ciphers.remove(Args.i32(a, 0));
            ByteBuffer out = Memory.view(a, 1);
            try {
                int n = c.finish(out);
                byte[] tag = c.authTag();
                if (tag != null) shared.put(0, tag);
                return t.integer(n);
            } catch (CipherFailure e) {
                return t.integer(e.code);
            }
        });
        // (id, aad…3, plaintextLength)
        t.fn("cipherSetAad", a -> {
            try {
                ciphers.get(Args.i32(a, 0)).setAad(Memory.copy(a, 1), Args.i32(a, 4));
                return t.integer(0);
            } catch (CipherFailure e) {
                return t.integer(e.code);
            }
        });
        t.fn("cipherSetAuthTag", a -> {
            try {
                ciphers.get(Args.i32(a, 0)).setAuthTag(Memory.copy(a, 1));
                return t.integer(0);
            } catch (CipherFailure e) {
                return t.integer(e.code);
            }
        });
        t.fn("cipherSetPadding", a -> {
            ciphers.get(Args.i32(a, 0)).setPadding(Args.bool(a, 1));
            return t.undefined();
        });
        t.fn("cipherFree", a -> {
            ciphers.remove(Args.i32(a, 0));
            return t.undefined();
        });
    }

    private int create(String name, boolean encrypt, byte[] key, byte[] iv, int tagLength) {
        CipherSpec spec = Ciphers.find(name);
        if (spec == null) return UNKNOWN_CIPHER;
        if (key.length != spec.keyLength()) return INVALID_KEY_LENGTH;
        if (spec.ivLength() == 0 ? iv != null && iv.length != 0 : iv == null || !Ciphers.validIvLength(spec, iv.length)) {
            return INVALID_IV;
        }
        int tag = tagLength;
        switch (spec.mode()) {
            case GCM -> {
                if (tag == -1) tag = 16;
                if (tag != 4 && tag != 8 && (tag < 12 || tag > 16)) return INVALID_TAG_LENGTH;
            }
            case CCM -> {
                if (tag == -1) return TAG_LENGTH_REQUIRED;
                if (tag < 4 || tag > 16 || tag % 2 != 0) return INVALID_TAG_LENGTH;
            }
            case AEAD_STREAM -> {
                if (tag == -1) tag = 16;
                if (tag < 1 || tag > 16) return INVALID_TAG_LENGTH;
            }
            default -> {
            }
        }
        try {
            return ciphers.add(Ciphers.start(spec, encrypt, key, iv, tag));
        } catch (GeneralSecurityException e) {
            return INVALID_IV;
        }
    }
}
