package org.node4j.binding;

import com.caoccao.javet.exceptions.JavetException;
import org.node4j.engine.NativeObject;
import org.node4j.posix.Posix;

import java.util.ArrayList;
import java.util.List;

/** {@code internalBinding('credentials')}: user and group ids. */
final class CredentialsBinding implements Binding {
    @Override
    public String name() {
        return "credentials";
    }

    @Override
    public void install(NativeObject t) throws JavetException {
        t.fn("getuid", args -> t.integer(Posix.getuid()));
        t.fn("geteuid", args -> t.integer(Posix.geteuid()));
        t.fn("getgid", args -> t.integer(Posix.getgid()));
        t.fn("getegid", args -> t.integer(Posix.getegid()));
        t.fn("getgroups", args -> {
            List<Integer> groups = new ArrayList<>();
            for (int g : Posix.getgroups()) groups.add(g);
            return t.convert(groups);
        });
    }
}
