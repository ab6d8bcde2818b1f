package org.node4j.icu;

/**
 * Swaps one ICU data format. An item is a standard data header followed by format-specific data;
 * {@link #swap} converts the item that starts at {@code start} (header included) and returns the number of
 * bytes its structure covers (bytes beyond that, e.g. padding, are left as copied).
 */
public sealed interface FormatSwapper permits ResourceBundleSwapper, CollationSwapper, Normalizer2Swapper,
        PropsSwapper, CaseSwapper, BidiSwapper, NamesSwapper, PropertyNamesSwapper, LayoutSwapper, EmojiSwapper,
        BreakIteratorSwapper, DictionarySwapper, StringPrepSwapper, ConfusablesSwapper {

    /** The four-character dataFormat this swapper handles. */
    String dataFormat();

    /** The major formatVersions this swapper knows. */
    int[] formatVersions();

    int swap(Swap s, int start, int length);

    /** Swaps the header after checking format and version; returns the header size. */
    default int header(Swap s, int start) {
        DataHeader.read(s.in, start).require(dataFormat(), formatVersions());
        return DataHeader.swap(s, start);
    }

    static int checkLength(String what, int need, int have) {
        if (have < need) {
            throw new IcuDataException(what + ": needs " + need + " bytes but has " + have);
        }
        return need;
    }
}
