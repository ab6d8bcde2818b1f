package org.node4j.loop;

/** What a channel registered with the loop's selector is attached to: told which operations are ready. */
public interface IoWatcher {
    void onReady(int readyOps);
}
