package org.node4j.engine;

import com.caoccao.javet.interfaces.IJavetLogger;

/** Javet's diagnostics go nowhere: a node program's stderr belongs to the program (and JUL stays unloaded). */
final class QuietLogger implements IJavetLogger {
    @Override
    public void debug(String message) {
    }

    @Override
    public void error(String message) {
    }

    @Override
    public void error(String message, Throwable cause) {
    }

    @Override
    public void info(String message) {
    }

    @Override
    public void warn(String message) {
    }
}
