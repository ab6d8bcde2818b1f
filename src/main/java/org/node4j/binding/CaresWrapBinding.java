package org.node4j.binding;

import com.caoccao.javet.exceptions.JavetException;
import org.node4j.engine.Args;
import org.node4j.engine.Isolate;
import org.node4j.engine.NativeObject;
import org.node4j.posix.AddressInfo;

/**
 * {@code internalBinding('cares_wrap')}: name resolution. {@code getaddrinfo(req, host, family, flags)} runs the OS
 * resolver on the thread pool and completes request {@code req} with ["4:addr" | "6:addr", …] or a UV_EAI_* code.
 */
final class CaresWrapBinding implements Binding {
    private final Isolate isolate;

    CaresWrapBinding(Isolate isolate) {
        this.isolate = isolate;
    }

    @Override
    public String name() {
        return "cares_wrap";
    }

    @Override
    public void install(NativeObject t) throws JavetException {
        t.value("AI_ADDRCONFIG", 0x20);
        t.value("AI_ALL", 0x10);
        t.value("AI_V4MAPPED", 0x8);
        t.fn("getaddrinfo", args -> {
            int req = Args.i32(args, 0);
            String host = Args.str(args, 1);
            int family = Args.i32(args, 2);
            int flags = Args.i32(args, 3);
            isolate.submit(req, () -> {
                try {
                    return AddressInfo.lookup(host, family, flags);
                } catch (RuntimeException e) {
                    return -3004;
                }
            });
            return t.undefined();
        });
    }
}
