package org.node4j.binding;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.values.V8Value;
import com.caoccao.javet.values.reference.V8ValueArrayBuffer;
import org.node4j.engine.Args;
import org.node4j.engine.Isolate;
import org.node4j.engine.NativeObject;
import org.node4j.tls.CertificateInfo;
import org.node4j.tls.ChainVerifier;
import org.node4j.tls.CipherNames;
import org.node4j.tls.Pem;
import org.node4j.tls.RootCertificates;
import org.node4j.tls.TlsContext;
import org.node4j.tls.TlsFailure;

import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLSession;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code internalBinding('tls_wrap')}: secure contexts (node's SecureContext, kept here by id) and the TLS layer
 * started on a tcp_wrap or pipe_wrap stream ({@link TlsLayer}), with what JS asks of a connection afterwards
 * (protocol, cipher, certificates, verification result, ALPN, server name). Failures to build a context come back
 * as "code\nmessage" strings for JS to throw as node's errors.
 */
final class TlsWrapBinding implements Binding {
    private final Isolate isolate;
    private final List<StreamBinding> streamBindings;
    private final Map<Integer, TlsContext> contexts = new HashMap<>();
    private final RootCertificates roots;
    private int lastContextId;
    /** Client sessions handed to JS (node's `session` buffers), by token. */
    private final Map<Integer, TlsLayer.Resumable> sessions = new HashMap<>();
    private int lastSessionId;

    TlsWrapBinding(Isolate isolate, List<StreamBinding> streamBindings) {
        this.isolate = isolate;
        this.streamBindings = streamBindings;
        this.roots = new RootCertificates(isolate.options().env().get("NODE_EXTRA_CA_CERTS"));
    }

    @Override
    public String name() {
        return "tls_wrap";
    }

    private StreamHandle stream(V8Value[] args) {
        int id = Args.i32(args, 0);
        for (StreamBinding b : streamBindings) {
            StreamHandle s = b.streams.get(id);
            if (s != null) return s;
        }
        throw new IllegalStateException("stream handle is closed");
    }

    private TlsLayer layer(V8Value[] args) {
        TlsLayer l = stream(args).tls();
        if (l == null) throw new IllegalStateException("TLS is not started on this stream");
        return l;
    }

    private TlsContext context(V8Value[] args, int index) {
        TlsContext c = contexts.get(Args.i32(args, index));
        if (c == null) throw new IllegalStateException("secure context is freed");
        return c;
    }

    /** Runs a context change; "" when it worked, else the failure for JS. */
    private static String attempt(Runnable change) {
        try {
            change.run();
            return "";
        } catch (TlsFailure f) {
            return f.encoded();
        }
    }

    @Override
    public void install(NativeObject t) throws JavetException {
        installContexts(t);
        installConnections(t);
        t.fn("rootCertificates", args -> {
            List<String> pems = new ArrayList<>();
            for (X509Certificate c : roots.bundled()) pems.add(Pem.encode(c));
            return t.convert(pems);
        });
        t.fn("extraCaWarning", args -> t.string(roots.takeExtraWarning()));
        t.fn("ciphers", args -> t.convert(CipherNames.nodeList(TlsContext.supportedSuites())));
        t.fn("verifyMessage", args -> t.string(ChainVerifier.message(Args.str(args, 0))));
    }

    private void installContexts(NativeObject t) throws JavetException {
        t.fn("createContext", args -> {
            int id = ++lastContextId;
            contexts.put(id, new TlsContext(roots::all));
            return t.integer(id);
        });
        t.fn("freeContext", args -> {
            contexts.remove(Args.i32(args, 0));
            return t.undefined();
        });
        // addKey(ctx, pem, passphrase?) / addCert(ctx, pem) / addCa(ctx, pem): "" or "code\nmessage".
        t.fn("addKey", args -> {
            TlsContext c = context(args, 0);
            String pass = args.length > 2 && !args[2].isNullOrUndefined() ? Args.str(args, 2) : null;
            return t.string(attempt(() -> c.addKey(Args.str(args, 1), pass)));
        });
        t.fn("addCert", args -> {
            TlsContext c = context(args, 0);
            return t.string(attempt(() -> c.addCertificateChain(Args.str(args, 1))));
        });
        t.fn("addCa", args -> {
            TlsContext c = context(args, 0);
            return t.string(attempt(() -> c.addCa(Args.str(args, 1))));
        });
        // addPfx(ctx, arrayBuffer, offset, length, passphrase?)
        t.fn("addPfx", args -> {
            TlsContext c = context(args, 0);
            byte[] der = new byte[Args.i32(args, 3)];
            ((V8ValueArrayBuffer) args[1]).getByteBuffer().get(Args.i32(args, 2), der);
            String pass = args.length > 4 && !args[4].isNullOrUndefined() ? Args.str(args, 4) : null;
            return t.string(attempt(() -> c.addPfx(der, pass)));
        });
        t.fn("setProtocols", args -> {
            context(args, 0).setProtocols(Args.str(args, 1), Args.str(args, 2));
            return t.undefined();
        });
        t.fn("setCiphers", args -> {
            TlsContext c = context(args, 0);
            return t.string(attempt(() -> c.setCiphers(Args.str(args, 1))));
        });
        t.fn("setGroups", args -> {
            context(args, 0).setGroups(Args.str(args, 1).split(":"));
            return t.undefined();
        });
        t.fn("setHonorCipherOrder", args -> {
            context(args, 0).setHonorCipherOrder(Args.bool(args, 1));
            return t.undefined();
        });
        t.fn("checkContext", args -> {
            TlsContext c = context(args, 0);
            return t.string(attempt(c::checkKeyPairs));
        });
        t.fn("contextCertificate", args -> {
            X509Certificate own = context(args, 0).ownCertificate();
            return t.string(own == null ? null : CertificateInfo.json(own));
        });
    }

    private void installConnections(NativeObject t) throws JavetException {
        // wrap(streamId, ctxId (-1: a server that picks it once the client's hello names a server), server,
        //      serverName, port, alpn ("a,b" or ""), clientAuth (TlsContext.CLIENT_AUTH_*), session token or 0,
        //      peerHost (a client's, for the session cache))
        t.fn("wrap", args -> {
            StreamHandle s = stream(args);
            int ctx = Args.i32(args, 1);
            String alpn = Args.str(args, 5);
            String name = args[3].isNullOrUndefined() ? null : Args.str(args, 3);
            TlsLayer.Resumable resume = args.length > 7 ? sessions.get(Args.i32(args, 7)) : null;
            String peerHost = args.length < 9 || args[8].isNullOrUndefined() ? null : Args.str(args, 8);
            s.startTls(new TlsLayer(s, ctx < 0 ? null : context(args, 1), Args.bool(args, 2), name, peerHost,
                    Args.i32(args, 4), alpn.isEmpty() ? null : alpn.split(","), Args.i32(args, 6), resume));
            return t.integer(0);
        });
        t.fn("start", args -> {
            layer(args).start();
            return t.undefined();
        });
        t.fn("useContext", args -> {
            layer(args).useContext(context(args, 1));
            return t.undefined();
        });
        t.fn("protocol", args -> {
            SSLSession s = layer(args).session();
            return t.string(s == null ? null : s.getProtocol());
        });
        // cipher(id): "openssl name\nstandard name\nversion"
        t.fn("cipher", args -> {
            SSLSession s = layer(args).session();
            if (s == null || s.getCipherSuite().startsWith("SSL_NULL")) return t.undefined();
            String suite = s.getCipherSuite();
            String version = suite.contains("_WITH_") ? (suite.endsWith("_SHA") ? "TLSv1.0" : "TLSv1.2") : "TLSv1.3";
            return t.string(CipherNames.openssl(suite) + "\n" + suite + "\n" + version);
        });
        // peerCertificates(id): the chain as JSON descriptions, leaf first, ending with the trusted issuer found.
        t.fn("peerCertificates", args -> {
            TlsLayer l = layer(args);
            X509Certificate[] chain = l.peerChain();
            if (chain == null) return t.undefined();
            return t.string(describeChain(chain, l.context().trusted()));
        });
        t.fn("ownCertificate", args -> {
            X509Certificate own = layer(args).ownCertificate();
            return t.string(own == null ? null : CertificateInfo.json(own));
        });
        t.fn("verifyError", args -> t.string(layer(args).verifyError()));
        t.fn("alpnProtocol", args -> {
            TlsLayer l = layer(args);
            String p = l.engine() == null ? null : l.engine().getApplicationProtocol();
            return t.string(p == null || p.isEmpty() ? null : p);
        });
        t.fn("servername", args -> t.string(requestedName(layer(args))));
        // session(id): a token for this client's session, to resume it on another connection (wrap's session).
        t.fn("session", args -> {
            TlsLayer l = layer(args);
            if (l.session() == null) return t.undefined();
            int token = ++lastSessionId;
            sessions.put(token, l.resumable());
            return t.integer(token);
        });
        t.fn("sessionReused", args -> t.bool(layer(args).sessionReused()));
    }

    private static String requestedName(TlsLayer l) {
        if (l.requestedName() != null) return l.requestedName().isEmpty() ? null : l.requestedName();
        if (l.session() instanceof ExtendedSSLSession s) {
            for (SNIServerName n : s.getRequestedServerNames()) {
                if (n instanceof SNIHostName h) return h.getAsciiName();
            }
        }
        return null;
    }

    private static String describeChain(X509Certificate[] chain, List<X509Certificate> trusted) {
        List<X509Certificate> path = new ArrayList<>(List.of(chain));
        X509Certificate last = path.getLast();
        if (!last.getSubjectX500Principal().equals(last.getIssuerX500Principal())) {
            for (X509Certificate t : trusted) {
                if (t.getSubjectX500Principal().equals(last.getIssuerX500Principal())) {
                    path.add(t);
                    break;
                }
            }
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < path.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(CertificateInfo.json(path.get(i)));
        }
        return sb.append(']').toString();
    }
}
