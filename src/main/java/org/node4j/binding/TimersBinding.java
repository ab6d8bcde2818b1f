package org.node4j.binding;

import com.caoccao.javet.exceptions.JavetException;
import org.node4j.engine.Args;
import org.node4j.engine.Isolate;
import org.node4j.engine.NativeObject;
import org.node4j.engine.SharedState;
import org.node4j.loop.PhaseHandle;
import org.node4j.loop.TimerHandle;

/**
 * {@code internalBinding('timers')}: JS keeps every timer and immediate in its own lists; the loop holds one timer
 * handle (armed for the earliest JS timer) and one check handle that runs immediates, like node over libuv.
 */
final class TimersBinding implements Binding {
    private final Isolate isolate;
    private final TimerHandle timer;
    private final PhaseHandle immediateCheck;

    TimersBinding(Isolate isolate) {
        this.isolate = isolate;
        this.timer = new TimerHandle(isolate.loop(), this::onTimer);
        // As in node, the loop's one timer handle starts unref'd: only ref'ed JS timers (toggleTimerRef) keep the
        // loop alive, so one made unref'd from the start (a socket's idle timeout) never does.
        timer.unref();
        this.immediateCheck = new PhaseHandle(isolate.loop(), PhaseHandle.Phase.CHECK, this::onCheck);
        immediateCheck.unref();
        immediateCheck.start();
        SharedState state = isolate.state();
        isolate.loop().setImmediateWork(() -> state.get(SharedState.IMMEDIATE_REF_COUNT) > 0);
    }

    @Override
    public String name() {
        return "timers";
    }

    @Override
    public void install(NativeObject t) throws JavetException {
        t.fn("scheduleTimer", args -> {
            timer.start(Math.max(1, (long) Args.f64(args, 0)), 0);
            return t.undefined();
        });
        t.fn("toggleTimerRef", args -> {
            if (Args.bool(args, 0)) timer.ref(); else timer.unref();
            return t.undefined();
        });
        // Like node's GetNow: refresh the loop's cached time first, so timers set late in a callback start now.
        t.fn("getLibuvNow", args -> {
            isolate.loop().updateTime();
            return t.number(isolate.loop().now());
        });
        t.value("state", isolate.sharedState());
        t.value("loopTimeOffset", SharedState.LOOP_TIME_OFFSET);
    }

    private void onTimer() {
        double next = isolate.processTimers(isolate.loop().now());
        if (next == 0 || isolate.exiting()) return;
        long due = (long) Math.abs(next);
        timer.start(Math.max(1, due - isolate.loop().now()), 0);
        if (next > 0) timer.ref(); else timer.unref();
    }

    private void onCheck() {
        SharedState s = isolate.state();
        if (s.get(SharedState.IMMEDIATE_COUNT) > 0 || s.get(SharedState.IMMEDIATE_OUTSTANDING) != 0) {
            isolate.processImmediate();
        }
    }
}
