package org.node4j.binding;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.values.V8Value;
import com.caoccao.javet.values.reference.V8ValueArrayBuffer;
import org.node4j.engine.Args;
import org.node4j.engine.Isolate;
import org.node4j.engine.NativeObject;
import org.node4j.worker.Port;
import org.node4j.worker.PortHub;
import org.node4j.worker.PortReceiver;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code internalBinding('messaging')}: MessagePort and BroadcastChannel ends as integer ids of the program's
 * {@link PortHub}. Messages are bytes serialized by JS; they reach JS through one dispatcher handle as
 * {@code (EVENT_MESSAGE, portId, arrayBuffer)}, one callback per message, and a port's end as
 * {@code (EVENT_CLOSE, portId)}.
 */
final class MessagingBinding implements Binding, PortReceiver, AutoCloseable {
    static final int EVENT_MESSAGE = 1;
    static final int EVENT_CLOSE = 2;
    /** Messages delivered per loop turn and port before other work gets its turn. */
    private static final int DELIVERY_BUDGET = 1000;
    private final Isolate isolate;
    private final PortHub hub;
    /** Loop thread only: the ports this isolate owns. */
    private final Map<Integer, PortHandle> handles = new HashMap<>();
    private int dispatcher;
    private final ConcurrentSkipListSet<Port> ready = new ConcurrentSkipListSet<>(Comparator.comparingInt(Port::id));
    private final AtomicBoolean readyQueued = new AtomicBoolean();

    MessagingBinding(Isolate isolate) {
        this.isolate = isolate;
        this.hub = isolate.options().worker().hub();
    }

    @Override
    public String name() {
        return "messaging";
    }

    @Override
    public void install(NativeObject t) throws JavetException {
        t.fn("setDispatcher", args -> {
            dispatcher = Args.i32(args, 0);
            return t.undefined();
        });
        t.fn("createChannel", args -> {
            int first = hub.createChannel(this);
            own(hub.get(first));
            own(hub.get(first + 1));
            return t.integer(first);
        });
        t.fn("subscribe", args -> {
            int id = hub.subscribe(Args.str(args, 0), this);
            own(hub.get(id));
            return t.integer(id);
        });
        t.fn("post", args -> {
            byte[] message = bytes(args, 1);
            if (message != null) hub.post(Args.i32(args, 0), message);
            return t.undefined();
        });
        t.fn("start", args -> {
            PortHandle h = handles.get(Args.i32(args, 0));
            if (h != null && !h.isClosing()) {
                h.start();
                if (h.port.hasMessages()) messagesArrived(h.port);
            }
            return t.undefined();
        });
        t.fn("stop", args -> {
            PortHandle h = handles.get(Args.i32(args, 0));
            if (h != null) h.stop();
            return t.undefined();
        });
        t.fn("ref", args -> {
            PortHandle h = handles.get(Args.i32(args, 0));
            if (h != null) h.ref();
            return t.undefined();
        });
        t.fn("unref", args -> {
            PortHandle h = handles.get(Args.i32(args, 0));
            if (h != null) h.unref();
            return t.undefined();
        });
        t.fn("hasRef", args -> {
            PortHandle h = handles.get(Args.i32(args, 0));
            return t.bool(h != null && !h.isClosing() && h.hasRef());
        });
        t.fn("close", args -> {
            close(Args.i32(args, 0));
            return t.undefined();
        });
        t.fn("receive", args -> {
            PortHandle h = handles.get(Args.i32(args, 0));
            byte[] message = h == null ? null : h.port.take();
            return message == null ? t.undefined() : arrayBuffer(message);
        });
        t.fn("detach", args -> {
            PortHandle h = handles.remove(Args.i32(args, 0));
            if (h != null) {
                hub.detach(h.port.id());
                h.close(null);
            }
            return t.undefined();
        });
        t.fn("adopt", args -> {
            int id = Args.i32(args, 0);
            Port p = hub.get(id);
            if (p == null) return t.bool(false);
            own(p);
            hub.adopt(id, this);
            return t.bool(true);
        });
    }

    private void own(Port p) {
        handles.put(p.id(), new PortHandle(isolate.loop(), p));
    }

    /**
     * Closes a port of this isolate: both ends of its channel get 'close', each on its own loop, after the
     * messages a receiving port already had.
     */
    private void close(int id) {
        PortHandle h = handles.get(id);
        if (h == null || h.isClosing()) return;
        boolean wasReceiving = h.receiving();
        hub.close(id);
        h.close(() -> {
            handles.remove(id);
            if (wasReceiving) deliverRemaining(h.port);
            isolate.emit(dispatcher, EVENT_CLOSE, id, null);
        });
    }

    private void deliverRemaining(Port port) {
        byte[] message;
        while (!isolate.exiting() && (message = port.take()) != null) emitMessage(port, message);
    }

    /**
     * Any thread. Ports with messages are served together, in the order they were created (libuv serves its
     * async handles so; BroadcastChannel subscribers see node's order).
     */
    @Override
    public void messagesArrived(Port port) {
        if (!port.claimDelivery()) return;
        ready.add(port);
        if (readyQueued.compareAndSet(false, true)) isolate.loop().post(this::deliverReady);
    }

    private void deliverReady() {
        readyQueued.set(false);
        Port port;
        while ((port = ready.pollFirst()) != null) deliver(port);
    }

    @Override
    public void peerClosed(Port port) {
        isolate.loop().post(() -> {
            deliver(port);
            close(port.id());
        });
    }

    /** Loop thread: hands the waiting messages of a receiving port to JS, one callback each. */
    private void deliver(Port port) {
        port.deliveryStarted();
        PortHandle h = handles.get(port.id());
        for (int n = 0; n < DELIVERY_BUDGET; n++) {
            if (h == null || !h.receiving() || isolate.exiting() || handles.get(port.id()) != h) return;
            byte[] message = port.take();
            if (message == null) return;
            emitMessage(port, message);
        }
        if (port.hasMessages()) messagesArrived(port);
    }

    private void emitMessage(Port port, byte[] message) {
        try (V8Value buffer = arrayBuffer(message)) {
            isolate.emit(dispatcher, EVENT_MESSAGE, port.id(), buffer);
        } catch (JavetException e) {
            // the isolate is going away: nothing can receive the message
        }
    }

    private V8Value arrayBuffer(byte[] message) throws JavetException {
        V8ValueArrayBuffer buffer = isolate.runtime().createV8ValueArrayBuffer(message.length);
        buffer.fromBytes(message);
        return buffer;
    }

    /** The bytes of (arrayBuffer, offset, length) at {@code i}, copied: the message outlives the JS buffer. */
    private static byte[] bytes(V8Value[] args, int i) throws JavetException {
        if (i >= args.length || !(args[i] instanceof V8ValueArrayBuffer ab)) return null;
        int off = Args.i32(args, i + 1);
        int len = Args.i32(args, i + 2);
        if (off < 0 || len < 0 || (long) off + len > ab.getByteLength()) return null;
        byte[] out = new byte[len];
        ByteBuffer view = ab.getByteBuffer();
        view.get(off, out, 0, len);
        return out;
    }

    /** The isolate ends: its ports close, so their peers in other threads see 'close'. */
    @Override
    public void close() {
        for (Integer id : new ArrayList<>(handles.keySet())) hub.close(id);
        handles.clear();
    }
}
