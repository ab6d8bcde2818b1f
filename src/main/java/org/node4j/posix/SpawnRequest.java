package org.node4j.posix;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What to start: {@code file} as found by {@link #search}, its argv and environment ({@code KEY=value}), the working
 * directory (null: ours), and for each child fd the parent fd it gets (-1: closed).
 */
public record SpawnRequest(String file, String[] argv, String[] env, String cwd, int[] stdio, boolean detached) {

    /** This request with {@code file} replaced. */
    public SpawnRequest withFile(String newFile) {
        return new SpawnRequest(newFile, argv, env, cwd, stdio, detached);
    }

    /**
     * Starts the request like execvp(3) does: a name without '/' is looked up in the child's PATH (the parent's
     * when the child has none); EACCES from one candidate is remembered while later ones are tried.
     */
    public int spawnSearchingPath() {
        if (file.indexOf('/') >= 0) return PosixSpawn.spawn(this);
        String path = pathOf(env);
        if (path == null) path = System.getenv("PATH");
        if (path == null) path = "/usr/local/bin:/usr/bin:/bin";
        int result = Errno.ENOENT;
        for (String dir : path.split(":", -1)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, file);
            if (!Files.exists(candidate)) continue;
            int r = PosixSpawn.spawn(withFile(candidate.toString()));
            if (r >= 0) return r;
            if (r == Errno.EACCES) result = r;
            else if (r != Errno.ENOENT && r != Errno.ENOTDIR) return r;
        }
        return result;
    }

    private static String pathOf(String[] env) {
        for (String pair : env) {
            if (pair.startsWith("PATH=")) return pair.substring(5);
        }
        return null;
    }
}
