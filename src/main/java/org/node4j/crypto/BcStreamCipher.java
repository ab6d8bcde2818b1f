package org.node4j.crypto;

import org.bouncycastle.crypto.StreamCipher;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.CFBBlockCipher;
import org.bouncycastle.crypto.modes.OFBBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

import java.nio.ByteBuffer;

/** AES-CFB (128-bit segments) and AES-OFB as stream modes: every byte in gives a byte out at once. */
final class BcStreamCipher implements CipherContext {
    private final StreamCipher cipher;

    BcStreamCipher(CipherSpec spec, boolean encrypt, byte[] key, byte[] iv) {
        cipher = spec.mode() == CipherSpec.Mode.CFB
                ? (StreamCipher) CFBBlockCipher.newInstance(AESEngine.newInstance(), 128)
                : new OFBBlockCipher(AESEngine.newInstance(), 128);
        cipher.init(encrypt, new ParametersWithIV(new KeyParameter(key), iv));
    }

    @Override
    public int update(ByteBuffer in, ByteBuffer out) {
        int n = in.remaining();
        byte[] data = new byte[n];
        in.get(data);
        byte[] result = new byte[n];
        cipher.processBytes(data, 0, n, result, 0);
        out.put(result);
        return n;
    }

    @Override
    public int finish(ByteBuffer out) {
        return 0;
    }
}
