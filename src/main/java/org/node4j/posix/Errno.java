package org.node4j.posix;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

/** libuv's negative errno values (Linux numbering) and the mapping from Java's I/O exceptions to them. */
public final class Errno {
    public static final int EPERM = -1;
    public static final int ENOENT = -2;
    public static final int ESRCH = -3;
    public static final int EINTR = -4;
    public static final int EIO = -5;
    public static final int EBADF = -9;
    public static final int ECHILD = -10;
    public static final int EAGAIN = -11;
    public static final int ENOMEM = -12;
    public static final int EACCES = -13;
    public static final int EBUSY = -16;
    public static final int EEXIST = -17;
    public static final int EXDEV = -18;
    public static final int ENOTDIR = -20;
    public static final int EISDIR = -21;
    public static final int EINVAL = -22;
    public static final int EMFILE = -24;
    public static final int ENOSPC = -28;
    public static final int EROFS = -30;
    public static final int EPIPE = -32;
    public static final int ENAMETOOLONG = -36;
    public static final int ENOSYS = -38;
    public static final int ENOTEMPTY = -39;
    public static final int ELOOP = -40;
    public static final int ENOBUFS = -105;
    public static final int EADDRINUSE = -98;
    public static final int ECONNRESET = -104;
    public static final int ETIMEDOUT = -110;
    public static final int ECONNREFUSED = -111;
    public static final int EINPROGRESS = -115;

    private Errno() {
    }

    public static int of(IOException e) {
        return switch (e) {
            case NoSuchFileException x -> ENOENT;
            case AccessDeniedException x -> EACCES;
            case FileAlreadyExistsException x -> EEXIST;
            case DirectoryNotEmptyException x -> ENOTEMPTY;
            case NotDirectoryException x -> ENOTDIR;
            case FileSystemLoopException x -> ELOOP;
            case NotLinkException x -> EINVAL;
            case FileSystemException x -> fromReason(x.getReason());
            default -> EIO;
        };
    }

    /** Java reports some errno cases only as the OS's reason text. */
    private static int fromReason(String reason) {
        if (reason == null) return EIO;
        return switch (reason) {
            case "Is a directory" -> EISDIR;
            case "Not a directory" -> ENOTDIR;
            case "Too many levels of symbolic links", "Too many levels of symbolic links or unable to access attributes of symbolic link" -> ELOOP;
            case "Operation not permitted" -> EPERM;
            case "Read-only file system" -> EROFS;
            case "File name too long" -> ENAMETOOLONG;
            case "Invalid cross-device link" -> EXDEV;
            case "No space left on device" -> ENOSPC;
            default -> EIO;
        };
    }
}
