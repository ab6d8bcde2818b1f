package org.node4j.engine;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.values.V8Value;
import com.caoccao.javet.values.reference.V8ValueArray;
import com.caoccao.javet.values.primitive.V8ValueBoolean;
import com.caoccao.javet.values.primitive.V8ValueDouble;
import com.caoccao.javet.values.primitive.V8ValueInteger;
import com.caoccao.javet.values.primitive.V8ValueLong;
import com.caoccao.javet.values.primitive.V8ValueString;

/** Reading native arguments: JS already validated types, so these only convert. */
public final class Args {
    private Args() {
    }

    public static int i32(V8Value[] args, int index) {
        if (index >= args.length) return 0;
        return switch (args[index]) {
            case V8ValueInteger v -> v.getValue();
            case V8ValueDouble v -> (int) v.getValue().doubleValue();
            case V8ValueLong v -> (int) (long) v.getValue();
            case V8ValueBoolean v -> v.getValue() ? 1 : 0;
            default -> 0;
        };
    }

    public static double f64(V8Value[] args, int index) {
        if (index >= args.length) return 0;
        return switch (args[index]) {
            case V8ValueInteger v -> v.getValue();
            case V8ValueDouble v -> v.getValue();
            case V8ValueLong v -> v.getValue();
            default -> Double.NaN;
        };
    }

    public static boolean bool(V8Value[] args, int index) {
        return index < args.length && args[index] instanceof V8ValueBoolean b && b.getValue();
    }

    public static String str(V8Value[] args, int index) {
        if (index >= args.length) return null;
        return args[index] instanceof V8ValueString s ? s.getValue() : null;
    }

    /** A JS array of strings (JS converted its elements; anything else still becomes its JS string form). */
    public static String[] strings(V8Value value) throws JavetException {
        V8ValueArray array = (V8ValueArray) value;
        String[] out = new String[array.getLength()];
        for (int i = 0; i < out.length; i++) {
            try (V8Value v = array.get(i)) {
                out[i] = v instanceof V8ValueString s ? s.getValue() : v.toString();
            }
        }
        return out;
    }

    /** A JS array of int32 numbers (validated by the caller). */
    public static int[] ints(V8Value value) throws JavetException {
        V8ValueArray array = (V8ValueArray) value;
        int[] out = new int[array.getLength()];
        for (int i = 0; i < out.length; i++) out[i] = array.getInteger(i);
        return out;
    }
}
