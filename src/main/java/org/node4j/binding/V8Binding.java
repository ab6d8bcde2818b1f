package org.node4j.binding;

import com.caoccao.javet.enums.V8AllocationSpace;
import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.interop.V8Runtime;
import com.caoccao.javet.interop.monitoring.V8HeapSpaceStatistics;
import com.caoccao.javet.interop.monitoring.V8HeapStatistics;
import com.caoccao.javet.values.reference.V8ValueArray;
import org.node4j.engine.NativeObject;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * {@code internalBinding('v8')}: the isolate's heap statistics. Javet reads them in a V8 interrupt when JS is
 * running (as it is during a native call), so the natives run a trivial script to let V8 take the interrupt.
 */
final class V8Binding implements Binding {
    @Override
    public String name() {
        return "v8";
    }

    @Override
    public void install(NativeObject t) throws JavetException {
        // [total, totalExecutable, totalPhysical, totalAvailable, used, limit, malloced, peakMalloced, zapGarbage,
        //  nativeContexts, detachedContexts, globalHandlesTotal, globalHandlesUsed, external]
        t.fn("heapStatistics", args -> {
            V8HeapStatistics s = await(t.runtime(), t.runtime().getV8HeapStatistics());
            if (s == null) return t.undefined();
            V8ValueArray out = t.runtime().createV8ValueArray();
            out.push((double) s.getTotalHeapSize(), (double) s.getTotalHeapSizeExecutable(),
                    (double) s.getTotalPhysicalSize(), (double) s.getTotalAvailableSize(),
                    (double) s.getUsedHeapSize(), (double) s.getHeapSizeLimit(), (double) s.getMallocedMemory(),
                    (double) s.getPeakMallocedMemory(), (double) s.getDoesZapGarbage(),
                    (double) s.getNumberOfNativeContexts(), (double) s.getNumberOfDetachedContexts(),
                    (double) s.getTotalGlobalHandlesSize(), (double) s.getUsedGlobalHandlesSize(),
                    (double) s.getExternalMemory());
            return out;
        });
        // [name, size, used, available, physical] for each space, flattened.
        t.fn("heapSpaceStatistics", args -> spaces(t.runtime()));
    }

    private static V8ValueArray spaces(V8Runtime runtime) throws JavetException {
        V8ValueArray out = runtime.createV8ValueArray();
        Set<String> seen = new HashSet<>();
        for (V8AllocationSpace space : V8AllocationSpace.getDistinctValues()) {
            V8HeapSpaceStatistics s = await(runtime, runtime.getV8HeapSpaceStatistics(space));
            if (s == null || s.getSpaceName() == null || !seen.add(s.getSpaceName())) continue;
            out.push(s.getSpaceName(), (double) s.getSpaceSize(), (double) s.getSpaceUsedSize(),
                    (double) s.getSpaceAvailableSize(), (double) s.getPhysicalSpaceSize());
        }
        return out;
    }

    private static <T> T await(V8Runtime runtime, CompletableFuture<T> future) throws JavetException {
        for (int i = 0; i < 100 && !future.isDone(); i++) runtime.getExecutor("(function () {})()").executeVoid();
        return future.getNow(null);
    }
}
