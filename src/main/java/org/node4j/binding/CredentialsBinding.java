package org.node4j.binding;

import com.caoccao.javet.exceptions.JavetException;
import org.node4j.engine.NativeObject;
import org.node4j.engine.Args;
import org.node4j.posix.Posix;
import org.node4j.posix.PosixCredentials;

import java.util.ArrayList;
import java.util.List;

/** {@code internalBinding('credentials')}: user and group ids, reading and changing them. */
final class CredentialsBinding implements Binding {
    @Override
    public String name() {
        return "credentials";
    }

    @Override
    public void install(NativeObject t) throws JavetException {
        t.fn("getuid", args -> t.number(Integer.toUnsignedLong(Posix.getuid())));
        t.fn("geteuid", args -> t.number(Integer.toUnsignedLong(Posix.geteuid())));
        t.fn("getgid", args -> t.number(Integer.toUnsignedLong(Posix.getgid())));
        t.fn("getegid", args -> t.number(Integer.toUnsignedLong(Posix.getegid())));
        t.fn("getgroups", args -> {
            List<Integer> groups = new ArrayList<>();
            for (int g : Posix.getgroups()) groups.add(g);
            return t.convert(groups);
        });
        for (String which : new String[] {"setuid", "setgid", "seteuid", "setegid"}) {
            t.fn(which, args -> t.integer(PosixCredentials.set(which, (int) (long) Args.f64(args, 0))));
        }
        t.fn("setgroups", args -> t.integer(PosixCredentials.setgroups(Args.ints(args[0]))));
        t.fn("initgroups", args -> t.integer(PosixCredentials.initgroups(Args.str(args, 0), Args.i32(args, 1))));
        t.fn("uidOf", args -> t.number(PosixCredentials.uidOf(Args.str(args, 0))));
        t.fn("nameOfUid", args -> t.string(PosixCredentials.nameOfUid((int) (long) Args.f64(args, 0))));
        t.fn("gidOf", args -> t.number(PosixCredentials.gidOf(Args.str(args, 0))));
    }
}
