package org.node4j.icu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Byte-for-byte agreement with ICU4C's own swapper, Debian's {@code icupkg} (ICU 72), wherever it can
 * serve as an oracle. Skipped when icupkg is not installed.
 */
class IcupkgAgreementTest {
    @TempDir
    Path tmp;

    private static Path icupkg() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, "icupkg");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        for (String p : List.of("/usr/bin/icupkg", "/usr/sbin/icupkg")) {
            if (Files.isExecutable(Path.of(p))) {
                return Path.of(p);
            }
        }
        return null;
    }

    /** Formats ICU 72's icupkg does not know: Normalizer2 v5 (ICU 76) and uprops v8+ (ICU 76). */
    private static boolean icupkgKnows(byte[] item) {
        DataHeader h = DataHeader.read(item, 0);
        return switch (h.dataFormat()) {
            case "Nrm2" -> h.fv(0) <= 4;
            case "UPro" -> h.fv(0) <= 7;
            default -> true;
        };
    }

    private static void run(Path dir, String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed: " + output);
        }
    }

    @Test
    void wholePackageMatchesIcupkgForTheFormatsItKnows() throws Exception {
        Path icupkg = icupkg();
        assumeTrue(icupkg != null, "icupkg not installed");
        String name = IcuTestData.name();
        Path src = Files.createDirectories(tmp.resolve("src"));
        SortedMap<String, byte[]> known = new TreeMap<>();
        List<String> list = new ArrayList<>();
        for (var e : IcuDataPackager.withSupplements(IcuTestData.items()).entrySet()) {
            if (icupkgKnows(e.getValue())) {
                Path f = src.resolve(e.getKey());
                Files.createDirectories(f.getParent());
                Files.write(f, e.getValue());
                known.put(e.getKey(), e.getValue());
                list.add(e.getKey());
            }
        }
        Files.write(tmp.resolve("list.txt"), list);
        assertEquals(IcuTestData.items().size() + 1 - 6, list.size(), "all but the 6 newer-format items");
        Path out = Files.createDirectories(tmp.resolve("out")).resolve(name + ".dat");
        run(tmp, icupkg.toString(), "-tl", "--ignore-deps", "-s", src.toString(), "-a",
                tmp.resolve("list.txt").toString(), "new", out.toString());
        byte[] theirs = Files.readAllBytes(out);
        byte[] ours = IcuDataPackager.buildPackage(name, known);
        assertEquals(theirs.length, ours.length, "package length");
        var theirItems = CommonData.read(theirs);
        var ourItems = CommonData.read(ours);
        assertEquals(theirItems.keySet(), ourItems.keySet());
        for (String k : theirItems.keySet()) {
            assertArrayEquals(theirItems.get(k), ourItems.get(k), k);
        }
        assertArrayEquals(theirs, ours, "whole package");
    }

    /**
     * Normalizer2 v5 keeps the v4 section layout, so icupkg swaps a copy relabelled as v4; uprops v9 adds the
     * Block trie after the v7 sections, so icupkg's v7 swap must match everywhere but in that trie.
     */
    @Test
    void newerFormatsMatchIcupkgOnTheirOlderLayouts() throws Exception {
        Path icupkg = icupkg();
        assumeTrue(icupkg != null, "icupkg not installed");
        int checked = 0;
        for (var e : IcuTestData.items().entrySet()) {
            byte[] be = e.getValue();
            DataHeader h = DataHeader.read(be, 0);
            int relabel = switch (h.dataFormat()) {
                case "Nrm2" -> 4;
                case "UPro" -> 7;
                default -> -1;
            };
            if (relabel < 0 || icupkgKnows(be)) {
                continue;
            }
            byte[] copy = be.clone();
            copy[16] = (byte) relabel;
            Path in = tmp.resolve("in-" + checked), out = tmp.resolve("out-" + checked);
            Files.write(in, copy);
            run(tmp, icupkg.toString(), "-tl", in.toString(), out.toString());
            byte[] theirs = Files.readAllBytes(out);
            theirs[16] = be[16];
            byte[] ours = Swappers.toByteOrder(be, false);
            if (h.dataFormat().equals("UPro")) {
                Swap r = new Swap(be, be, true, true);
                int hs = h.headerSize();
                int from = hs + 4 * r.i32(hs + 4 * 7), to = hs + 4 * r.i32(hs + 4 * 8);
                assertArrayEquals(Arrays.copyOfRange(be, from, to), Arrays.copyOfRange(theirs, from, to));
                // our Block trie must be a proper little-endian UCPTrie: swapping it back restores it
                Swap back = Swap.opposite(Arrays.copyOf(ours, ours.length), false);
                Tries.swapUCPTrie(back, from, to - from);
                assertArrayEquals(Arrays.copyOfRange(be, from, to), Arrays.copyOfRange(back.out, from, to));
                System.arraycopy(ours, from, theirs, from, to - from);
            }
            assertArrayEquals(theirs, ours, e.getKey());
            ++checked;
        }
        assertEquals(6, checked, "nfc, nfkc, nfkc_cf, nfkc_scf, uts46 and uprops");
    }
}
