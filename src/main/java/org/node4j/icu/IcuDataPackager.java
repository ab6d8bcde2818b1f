package org.node4j.icu;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

/**
 * Builds ICU4C's little-endian common data file (icudt&lt;major&gt;l.dat) from the big-endian data items that
 * ICU4J carries in its jar under {@code com/ibm/icu/impl/data/icudata/} (older jars:
 * {@code com/ibm/icu/impl/data/icudt<major>b/}).
 *
 * <p>Usage: {@code IcuDataPackager <icu4j.jar> <out.dat>}. The package name (and thus the item name
 * prefix) is {@code icudt<major>l}, the major version taken from the jar manifest.
 */
public final class IcuDataPackager {
    private static final Pattern ITEM = Pattern.compile("com/ibm/icu/impl/data/(icudata|icudt(\\d+)b)/(.+)");

    /**
     * Items ICU4C needs that ICU4J does not ship, added only when the jar lacks them.
     *
     * <p>{@code brkitr/jaml.res}: V8's ICU is built with UCONFIG_USE_ML_PHRASE_BREAKING, so creating the
     * Chinese/Japanese dictionary break engine also loads the BudouX phrase model "jaml"; without it the engine
     * fails and CJ text is not segmented into words at all. The model only drives phrase line breaking
     * ({@code lw=phrase}), which Intl does not expose, so an empty model (13 empty key/value categories) keeps
     * word segmentation exact.
     */
    public static final Map<String, java.util.function.Supplier<byte[]>> SUPPLEMENTS = Map.of(
            "brkitr/jaml.res", IcuDataPackager::emptyPhraseModel);

    private IcuDataPackager() {
    }

    static byte[] emptyPhraseModel() {
        Map<String, ResourceBundleWriter.Value> table = new java.util.HashMap<>();
        for (String category : java.util.List.of("UW1", "UW2", "UW3", "UW4", "UW5", "UW6", "BW1", "BW2", "BW3",
                "TW1", "TW2", "TW3", "TW4")) {
            table.put(category + "Keys", new ResourceBundleWriter.StringArray(java.util.List.of()));
            table.put(category + "Values", new ResourceBundleWriter.IntVector(new int[0]));
        }
        return ResourceBundleWriter.write(table);
    }

    /** The jar's items plus the {@link #SUPPLEMENTS} it lacks. */
    public static SortedMap<String, byte[]> withSupplements(Map<String, byte[]> items) {
        SortedMap<String, byte[]> all = new TreeMap<>(items);
        SUPPLEMENTS.forEach((name, make) -> all.computeIfAbsent(name, n -> make.get()));
        return all;
    }

    /** The items of an ICU4J jar: path inside the data tree ("coll/root.res") → big-endian bytes. */
    public static SortedMap<String, byte[]> readJar(Path jar) throws IOException {
        SortedMap<String, byte[]> items = new TreeMap<>();
        try (JarFile jf = new JarFile(jar.toFile())) {
            for (var it = jf.entries(); it.hasMoreElements(); ) {
                ZipEntry e = it.nextElement();
                Matcher m = ITEM.matcher(e.getName());
                if (e.isDirectory() || !m.matches()) {
                    continue;
                }
                try (InputStream in = jf.getInputStream(e)) {
                    items.put(m.group(3), in.readAllBytes());
                }
            }
        }
        if (items.isEmpty()) {
            throw new IOException(jar + " contains no ICU data items");
        }
        return items;
    }

    /** The ICU major version of an ICU4J jar (manifest Specification-Version or Implementation-Version). */
    public static String majorVersion(Path jar) throws IOException {
        try (JarFile jf = new JarFile(jar.toFile())) {
            var attrs = jf.getManifest() == null ? null : jf.getManifest().getMainAttributes();
            String v = attrs == null ? null : attrs.getValue("Implementation-Version");
            if (v == null && attrs != null) {
                v = attrs.getValue("Specification-Version");
            }
            if (v == null) {
                throw new IOException(jar + " has no ICU version in its manifest");
            }
            int dot = v.indexOf('.');
            return dot < 0 ? v : v.substring(0, dot);
        }
    }

    /** Converts all items to little-endian and lays them out as a package named {@code packageName}. */
    public static byte[] buildPackage(String packageName, Map<String, byte[]> items) {
        SortedMap<String, byte[]> swapped = new TreeMap<>();
        for (var e : items.entrySet()) {
            try {
                swapped.put(packageName + "/" + e.getKey(), Swappers.toByteOrder(e.getValue(), false));
            } catch (IcuDataException ex) {
                throw new IcuDataException(e.getKey() + ": " + ex.getMessage());
            }
        }
        return CommonData.write(swapped, false);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: IcuDataPackager <icu4j.jar> <out.dat>");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        Path jar = Path.of(args[0]), out = Path.of(args[1]);
        String name = "icudt" + majorVersion(jar) + "l";
        SortedMap<String, byte[]> items = withSupplements(readJar(jar));
        byte[] dat = buildPackage(name, items);
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = parent.resolve(out.getFileName() + ".tmp");
        Files.write(tmp, dat);
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("icu: wrote " + out + " (" + name + ", " + items.size() + " items, " + dat.length
                + " bytes) in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }
}
