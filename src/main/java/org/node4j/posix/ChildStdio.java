package org.node4j.posix;

import java.util.Arrays;

/**
 * The fds a child starts with, one per stdio index: a socket pair for 'pipe' (the parent keeps its end, made
 * non-blocking), /dev/null for an ignored fd 0–2, or an fd the child inherits.
 */
public final class ChildStdio {
    /** Kinds per index, besides an fd number to inherit. */
    public static final int PIPE = -2;
    public static final int IGNORE = -1;

    private final int[] childFds;
    private final int[] parentFds;
    private final boolean[] owned;

    private ChildStdio(int n) {
        childFds = new int[n];
        parentFds = new int[n];
        owned = new boolean[n];
        Arrays.fill(childFds, -1);
        Arrays.fill(parentFds, -1);
    }

    /** Creates the fds for {@code kinds}; throws nothing, answers a negative errno through {@code error[0]}. */
    public static ChildStdio create(int[] kinds, int[] error) {
        ChildStdio s = new ChildStdio(kinds.length);
        for (int i = 0; i < kinds.length; i++) {
            int r = 0;
            if (kinds[i] == PIPE) {
                int[] pair = new int[2];
                r = PosixSpawn.socketPair(pair);
                if (r == 0) {
                    s.childFds[i] = pair[0];
                    s.owned[i] = true;
                    s.parentFds[i] = pair[1];
                    r = PosixSpawn.setNonBlocking(pair[1]);
                }
            } else if (kinds[i] == IGNORE) {
                if (i < 3) {
                    r = PosixFs.open("/dev/null", i == 0 ? PosixFs.O_RDONLY : PosixFs.O_WRONLY, 0);
                    if (r >= 0) {
                        s.childFds[i] = r;
                        s.owned[i] = true;
                        r = 0;
                    }
                }
            } else {
                s.childFds[i] = kinds[i];
            }
            if (r < 0) {
                s.closeChildSide();
                s.closeParentSide();
                error[0] = r;
                return null;
            }
        }
        return s;
    }

    public int[] childFds() {
        return childFds;
    }

    /** The parent's end for each 'pipe' index, -1 elsewhere. */
    public int[] parentFds() {
        return parentFds;
    }

    /** After the spawn: the child has its copies. */
    public void closeChildSide() {
        for (int i = 0; i < childFds.length; i++) {
            if (owned[i] && childFds[i] >= 0) PosixFs.close(childFds[i]);
            owned[i] = false;
        }
    }

    public void closeParentSide() {
        for (int i = 0; i < parentFds.length; i++) {
            if (parentFds[i] >= 0) PosixFs.close(parentFds[i]);
            parentFds[i] = -1;
        }
    }
}
