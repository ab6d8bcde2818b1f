package org.node4j.binding;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.values.reference.V8ValueArrayBuffer;
import org.node4j.engine.Args;
import org.node4j.engine.NativeObject;
import org.node4j.http.HttpHead;
import org.node4j.http.HttpParseError;
import org.node4j.http.HttpParser;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code internalBinding('http_parser')}: HTTP parsers by id. {@code execute(id, arrayBuffer, offset, length,
 * expectHead)} parses a chunk and reports everything it found in one go through {@link HttpEvents} (the shared
 * {@code events} memory plus the returned text block); {@code finish(id)} reports the end of input.
 */
final class HttpParserBinding implements Binding {
    private final HttpEvents events = new HttpEvents();
    private final Map<Integer, Entry> parsers = new HashMap<>();
    private int lastId;

    /** A parser and what its listener needs to know about the current call. */
    private final class Entry implements HttpParser.Listener {
        final HttpParser parser;
        int base;
        boolean expectHead;

        Entry(HttpParser.Kind kind, int maxHeaderSize) {
            parser = new HttpParser(kind, maxHeaderSize, this);
        }

        @Override
        public boolean onHead(HttpHead h) {
            int flags = (h.upgrade() ? HttpEvents.FLAG_UPGRADE : 0) | (h.keepAlive() ? HttpEvents.FLAG_KEEP_ALIVE : 0);
            events.headers(h.versionMajor(), h.versionMinor(), h.statusCode(), flags, h.method(), h.url(),
                    h.statusMessage(), h.headers());
            boolean skip = expectHead;
            expectHead = false;
            return skip;
        }

        @Override
        public void onBody(int offset, int length) {
            events.body(offset - base, length);
        }

        @Override
        public void onTrailers(List<String> fields) {
            events.trailers(fields);
        }

        @Override
        public void onMessageComplete() {
            events.complete();
        }
    }

    @Override
    public String name() {
        return "http_parser";
    }

    @Override
    public void install(NativeObject t) throws JavetException {
        t.value("events", t.runtime().createV8ValueArrayBuffer(events.memory()));
        // create(kind: 0 request | 1 response, maxHeaderSize: 0 for node's default) → id
        t.fn("create", args -> {
            HttpParser.Kind kind = Args.i32(args, 0) == 0 ? HttpParser.Kind.REQUEST : HttpParser.Kind.RESPONSE;
            int id = ++lastId;
            parsers.put(id, new Entry(kind, Args.i32(args, 1)));
            return t.integer(id);
        });
        t.fn("execute", args -> {
            Entry e = parsers.get(Args.i32(args, 0));
            ByteBuffer data = ((V8ValueArrayBuffer) args[1]).getByteBuffer();
            int offset = Args.i32(args, 2);
            int length = Args.i32(args, 3);
            e.expectHead |= Args.bool(args, 4);
            return t.string(execute(e, data, offset, length));
        });
        t.fn("finish", args -> {
            Entry e = parsers.get(Args.i32(args, 0));
            events.reset();
            if (e.parser.finish() < 0) report(e.parser.error(), 0);
            return t.string(events.finish(false, 0));
        });
        t.fn("free", args -> {
            parsers.remove(Args.i32(args, 0));
            return t.undefined();
        });
    }

    /** Parses in slices while the event list has room; the rest waits for JS to call again ("more"). */
    private String execute(Entry e, ByteBuffer data, int offset, int length) {
        events.reset();
        e.base = offset;
        int done = 0;
        while (done < length && events.hasRoom()) {
            int slice = Math.min(HttpEvents.SLICE, length - done);
            int r = e.parser.execute(data, offset + done, slice);
            if (r < 0) {
                HttpParseError err = e.parser.error();
                report(err, done + err.position());
                return events.finish(false, done);
            }
            done += r;
            if (r < slice) break;
        }
        return events.finish(done < length && !e.parser.upgraded(), done);
    }

    private void report(HttpParseError err, int bytesParsed) {
        events.error(bytesParsed, err.nodeCode(), err.reason());
    }
}
