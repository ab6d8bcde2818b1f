package org.node4j.crypto;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The ciphers node4j implements, under node's names (case-insensitive), and how to start one. */
public final class Ciphers {
    private static final Map<String, CipherSpec> BY_NAME = new HashMap<>();
    private static final List<String> NAMES = new ArrayList<>();

    static {
        for (int bits : new int[] {128, 192, 256}) {
            int key = bits / 8;
            String p = "aes-" + bits + "-";
            add(new CipherSpec(p + "cbc", "AES", CipherSpec.Mode.CBC, key, 16, 16), "aes" + bits);
            add(new CipherSpec(p + "ecb", "AES", CipherSpec.Mode.ECB, key, 0, 16));
            add(new CipherSpec(p + "ctr", "AES", CipherSpec.Mode.CTR, key, 16, 1));
            add(new CipherSpec(p + "cfb", "AES", CipherSpec.Mode.CFB, key, 16, 1));
            add(new CipherSpec(p + "cfb8", "AES", CipherSpec.Mode.CFB8, key, 16, 1));
            add(new CipherSpec(p + "ofb", "AES", CipherSpec.Mode.OFB, key, 16, 1));
            add(new CipherSpec(p + "gcm", "AES", CipherSpec.Mode.GCM, key, 12, 1), "id-aes" + bits + "-GCM");
            add(new CipherSpec(p + "ccm", "AES", CipherSpec.Mode.CCM, key, 12, 1), "id-aes" + bits + "-CCM");
            add(new CipherSpec("id-aes" + bits + "-wrap", "AES", CipherSpec.Mode.WRAP, key, 8, 8),
                    "aes" + bits + "-wrap");
            add(new CipherSpec("id-aes" + bits + "-wrap-pad", "AES", CipherSpec.Mode.WRAP_PAD, key, 4, 8));
        }
        add(new CipherSpec("chacha20", "ChaCha20", CipherSpec.Mode.STREAM, 32, 16, 1));
        add(new CipherSpec("chacha20-poly1305", "ChaCha20", CipherSpec.Mode.AEAD_STREAM, 32, 12, 1));
        add(new CipherSpec("des-ede3-cbc", "DESede", CipherSpec.Mode.CBC, 24, 8, 8), "des3");
        add(new CipherSpec("des-ede3", "DESede", CipherSpec.Mode.ECB, 24, 0, 8), "des-ede3-ecb");
        add(new CipherSpec("des-ede-cbc", "DESede", CipherSpec.Mode.CBC, 16, 8, 8));
        add(new CipherSpec("des-ede", "DESede", CipherSpec.Mode.ECB, 16, 0, 8), "des-ede-ecb");
        Collections.sort(NAMES);
    }

    private Ciphers() {
    }

    private static void add(CipherSpec spec, String... aliases) {
        BY_NAME.put(spec.name().toLowerCase(Locale.ROOT), spec);
        NAMES.add(spec.name());
        for (String a : aliases) {
            BY_NAME.put(a.toLowerCase(Locale.ROOT), spec);
            NAMES.add(a);
        }
    }

    public static CipherSpec find(String name) {
        return name == null ? null : BY_NAME.get(name.toLowerCase(Locale.ROOT));
    }

    /** What crypto.getCiphers() lists (sorted as node sorts it). */
    public static List<String> names() {
        return NAMES;
    }

    /** Whether {@code ivLength} bytes is an IV this cipher takes. */
    public static boolean validIvLength(CipherSpec spec, int ivLength) {
        return switch (spec.mode()) {
            case GCM -> ivLength >= 1;
            case CCM -> ivLength >= 7 && ivLength <= 13;
            case AEAD_STREAM -> ivLength == 12;
            default -> ivLength == spec.ivLength();
        };
    }

    public static CipherContext start(CipherSpec spec, boolean encrypt, byte[] key, byte[] iv, int tagLength)
            throws GeneralSecurityException {
        return switch (spec.mode()) {
            case GCM -> new GcmCipher(encrypt, key, iv, tagLength);
            case CCM -> new CcmCipher(encrypt, key, iv, tagLength);
            case AEAD_STREAM -> new ChaChaPolyCipher(encrypt, key, iv, tagLength);
            case CFB, OFB -> new BcStreamCipher(spec, encrypt, key, iv);
            case WRAP, WRAP_PAD -> new KeyWrapCipher(spec, encrypt, key, iv);
            default -> new JcaCipher(spec, encrypt, key, iv);
        };
    }
}
