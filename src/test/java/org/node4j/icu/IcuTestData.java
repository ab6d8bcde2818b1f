package org.node4j.icu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;

/** The ICU4J jar the tests read (the one on the test classpath, or the local Maven repository's). */
final class IcuTestData {
    private static SortedMap<String, byte[]> items;

    private IcuTestData() {
    }

    static Path jar() {
        String override = System.getProperty("node4j.icu4j.jar");
        if (override != null) {
            return Path.of(override);
        }
        try {
            var src = Class.forName("com.ibm.icu.util.VersionInfo").getProtectionDomain().getCodeSource();
            if (src != null) {
                return Path.of(src.getLocation().toURI());
            }
        } catch (ReflectiveOperationException | java.net.URISyntaxException | SecurityException ignored) {
            // fall back to the local repository
        }
        Path p = Path.of(System.getProperty("user.home"), ".m2/repository/com/ibm/icu/icu4j/77.1/icu4j-77.1.jar");
        if (!Files.exists(p)) {
            throw new IllegalStateException("icu4j 77.1 jar not found");
        }
        return p;
    }

    static synchronized SortedMap<String, byte[]> items() {
        if (items == null) {
            try {
                items = IcuDataPackager.readJar(jar());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return items;
    }

    static String name() {
        try {
            return "icudt" + IcuDataPackager.majorVersion(jar()) + "l";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
