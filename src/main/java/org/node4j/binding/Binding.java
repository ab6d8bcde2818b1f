package org.node4j.binding;

import com.caoccao.javet.exceptions.JavetException;
import org.node4j.engine.NativeObject;

/**
 * One {@code internalBinding(name)}: the natives of one subsystem, registered once per isolate.
 * The JS side of a binding lives in {@code src/main/js/internal/…} under the same name.
 */
public interface Binding {
    String name();

    void install(NativeObject target) throws JavetException;
}
