package org.node4j.binding;

import com.caoccao.javet.exceptions.JavetException;
import com.ibm.icu.text.IDNA;
import org.node4j.engine.Args;
import org.node4j.engine.NativeObject;

import java.util.EnumSet;
import java.util.Set;

/**
 * {@code internalBinding('url')}: UTS #46 domain processing for the URL parser (ada's idna role), on ICU4J.
 * The URL Standard runs it with CheckHyphens and VerifyDnsLength off, so those errors do not fail a domain.
 * Both natives answer '' for an invalid domain.
 */
final class UrlBinding implements Binding {
    private static final Set<IDNA.Error> LENIENT = EnumSet.of(
            IDNA.Error.EMPTY_LABEL, IDNA.Error.LABEL_TOO_LONG, IDNA.Error.DOMAIN_NAME_TOO_LONG,
            IDNA.Error.LEADING_HYPHEN, IDNA.Error.TRAILING_HYPHEN, IDNA.Error.HYPHEN_3_4);

    /** Immutable and thread-safe, so one instance serves every isolate. */
    private static final class Uts46 {
        static final IDNA INSTANCE = IDNA.getUTS46Instance(IDNA.CHECK_BIDI | IDNA.CHECK_CONTEXTJ
                | IDNA.NONTRANSITIONAL_TO_ASCII | IDNA.NONTRANSITIONAL_TO_UNICODE);
    }

    @Override
    public String name() {
        return "url";
    }

    @Override
    public void install(NativeObject t) throws JavetException {
        t.fn("domainToASCII", args -> t.string(toAscii(Args.str(args, 0))));
        t.fn("domainToUnicode", args -> t.string(toUnicode(Args.str(args, 0))));
    }

    static String toAscii(String domain) {
        IDNA.Info info = new IDNA.Info();
        StringBuilder out = Uts46.INSTANCE.nameToASCII(domain, new StringBuilder(domain.length() + 8), info);
        return failed(info) ? "" : out.toString();
    }

    static String toUnicode(String domain) {
        IDNA.Info info = new IDNA.Info();
        StringBuilder out = Uts46.INSTANCE.nameToUnicode(domain, new StringBuilder(domain.length()), info);
        return failed(info) ? "" : out.toString();
    }

    private static boolean failed(IDNA.Info info) {
        for (IDNA.Error e : info.getErrors()) {
            if (!LENIENT.contains(e)) return true;
        }
        return false;
    }
}
