package org.node4j.icu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.util.UResourceBundle;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundles we write are read back by ICU4J's own resource bundle reader. */
class ResourceBundleWriterTest {
    @TempDir
    Path tmp;

    /** ICU4J caches bundles by name, so each test loads under its own name. */
    private UResourceBundle load(String name, byte[] res) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("n4jtest/data"));
        Files.write(dir.resolve(name + ".res"), res);
        var loader = new URLClassLoader(new URL[] {tmp.toUri().toURL()}, null);
        return UResourceBundle.getBundleInstance("n4jtest/data", name, loader);
    }

    @Test
    void icu4jReadsWrittenBundle() throws Exception {
        Map<String, ResourceBundleWriter.Value> t = new LinkedHashMap<>();
        t.put("zKeys", new ResourceBundleWriter.StringArray(List.of("UW3:、", "BW1:いう", "x")));
        t.put("aValues", new ResourceBundleWriter.IntVector(new int[] {3634, -2581, 0}));
        t.put("emptyKeys", new ResourceBundleWriter.StringArray(List.of()));
        t.put("emptyValues", new ResourceBundleWriter.IntVector(new int[0]));
        byte[] res = ResourceBundleWriter.write(t);
        UResourceBundle b = load("probe", res);
        assertArrayEquals(new String[] {"UW3:、", "BW1:いう", "x"}, b.get("zKeys").getStringArray());
        assertArrayEquals(new int[] {3634, -2581, 0}, b.get("aValues").getIntVector());
        assertEquals(0, b.get("emptyKeys").getSize());
        assertEquals(0, b.get("emptyValues").getIntVector().length);
        // and it swaps and swaps back like every other bundle
        assertArrayEquals(res, Swappers.toByteOrder(Swappers.toByteOrder(res, false), true));
    }

    @Test
    void emptyPhraseModelHasAllThirteenCategories() throws Exception {
        UResourceBundle b = load("jaml", IcuDataPackager.emptyPhraseModel());
        assertEquals(26, b.getSize());
        for (String c : List.of("UW1", "UW6", "BW3", "TW4")) {
            assertEquals(0, b.get(c + "Keys").getSize());
            assertEquals(0, b.get(c + "Values").getIntVector().length);
        }
        assertEquals(IcuDataPackager.withSupplements(IcuTestData.items()).size(), IcuTestData.items().size() + 1);
    }
}
