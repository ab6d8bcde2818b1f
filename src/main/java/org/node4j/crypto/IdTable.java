package org.node4j.crypto;

import java.util.HashMap;
import java.util.Map;

/** Java state that JS refers to by integer id (JS never holds Java objects, Java never holds JS ones). */
public final class IdTable<T> {
    private final Map<Integer, T> byId = new HashMap<>();
    private int lastId;

    public int add(T value) {
        do {
            lastId = lastId == Integer.MAX_VALUE ? 1 : lastId + 1;
        } while (byId.containsKey(lastId));
        byId.put(lastId, value);
        return lastId;
    }

    public T get(int id) {
        return byId.get(id);
    }

    public T remove(int id) {
        return byId.remove(id);
    }

    public int size() {
        return byId.size();
    }
}
