package org.node4j.icu;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Finds the swapper for an item's dataFormat and converts whole items between byte orders. */
public final class Swappers {
    public static final List<FormatSwapper> ALL = List.of(new ResourceBundleSwapper(), new CollationSwapper(),
            new Normalizer2Swapper(), new PropsSwapper(), new CaseSwapper(), new BidiSwapper(), new NamesSwapper(),
            new PropertyNamesSwapper(), new LayoutSwapper(), new EmojiSwapper(), new BreakIteratorSwapper(),
            new DictionarySwapper(), new StringPrepSwapper(), new ConfusablesSwapper());

    private static final Map<String, FormatSwapper> BY_FORMAT =
            ALL.stream().collect(Collectors.toUnmodifiableMap(FormatSwapper::dataFormat, Function.identity()));

    private Swappers() {
    }

    public static FormatSwapper forFormat(String dataFormat) {
        FormatSwapper swapper = BY_FORMAT.get(dataFormat);
        if (swapper == null) {
            throw new IcuDataException("no swapper for data format \"" + dataFormat + "\"");
        }
        return swapper;
    }

    /**
     * Returns a copy of the item in the requested byte order (the item itself if it already is). Bytes
     * beyond the structure the format describes (padding) are kept as they are.
     */
    public static byte[] toByteOrder(byte[] item, boolean bigEndian) {
        DataHeader h = DataHeader.read(item, 0);
        if (h.bigEndian() == bigEndian) {
            return item;
        }
        Swap s = Swap.opposite(item, h.bigEndian());
        int covered = forFormat(h.dataFormat()).swap(s, 0, item.length);
        if (covered > item.length) {
            throw new IcuDataException("item structure (" + covered + " bytes) exceeds its length " + item.length);
        }
        return s.out;
    }
}
