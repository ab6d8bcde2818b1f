package org.node4j.crypto;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.Wrapper;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.RFC3394WrapEngine;
import org.bouncycastle.crypto.engines.RFC5649WrapEngine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

import java.nio.ByteBuffer;

/**
 * AES key wrap (RFC 3394) and key wrap with padding (RFC 5649) with any initial value (the JDK's KWP takes only
 * the default one): each update wraps or unwraps its input whole.
 */
final class KeyWrapCipher implements CipherContext {
    private final boolean encrypt;
    private final Wrapper wrapper;

    KeyWrapCipher(CipherSpec spec, boolean encrypt, byte[] key, byte[] iv) {
        this.encrypt = encrypt;
        wrapper = spec.mode() == CipherSpec.Mode.WRAP
                ? new RFC3394WrapEngine(AESEngine.newInstance())
                : new RFC5649WrapEngine(AESEngine.newInstance());
        wrapper.init(encrypt, new ParametersWithIV(new KeyParameter(key), iv));
    }

    @Override
    public int update(ByteBuffer in, ByteBuffer out) throws CipherFailure {
        if (!in.hasRemaining()) return 0;
        byte[] data = Arrays2.bytes(in);
        try {
            byte[] result = encrypt ? wrapper.wrap(data, 0, data.length) : wrapper.unwrap(data, 0, data.length);
            out.put(result);
            return result.length;
        } catch (InvalidCipherTextException | IllegalArgumentException e) {
            throw new CipherFailure(CipherFailure.BAD_DECRYPT);
        }
    }

    @Override
    public int finish(ByteBuffer out) {
        return 0;
    }
}
