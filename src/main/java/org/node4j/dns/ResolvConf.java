package org.node4j.dns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The system resolver configuration a stub resolver reads: the name servers and the per-try timeout and tries
 * of /etc/resolv.conf ({@code nameserver}, {@code options timeout:N attempts:N}); without servers, the local host.
 */
public record ResolvConf(List<DnsServer> servers, int timeoutMs, int tries) {
    public static final int DEFAULT_TIMEOUT_MS = 5000;
    public static final int DEFAULT_TRIES = 4;

    public static ResolvConf system() {
        try {
            return parse(Files.readAllLines(Path.of("/etc/resolv.conf")));
        } catch (IOException | RuntimeException e) {
            return parse(List.of());
        }
    }

    public static ResolvConf parse(List<String> lines) {
        List<DnsServer> servers = new ArrayList<>();
        int timeout = DEFAULT_TIMEOUT_MS;
        int tries = DEFAULT_TRIES;
        for (String line : lines) {
            String[] words = line.trim().split("\\s+");
            if (words.length < 2 || words[0].startsWith("#") || words[0].startsWith(";")) continue;
            if (words[0].equals("nameserver")) {
                String address = words[1];
                int percent = address.indexOf('%');
                servers.add(new DnsServer(percent < 0 ? address : address.substring(0, percent),
                        DnsServer.DEFAULT_PORT));
            } else if (words[0].equals("options")) {
                for (int i = 1; i < words.length; i++) {
                    if (words[i].startsWith("timeout:")) timeout = number(words[i], timeout / 1000) * 1000;
                    else if (words[i].startsWith("attempts:")) tries = Math.max(1, number(words[i], tries));
                }
            }
        }
        if (servers.isEmpty()) servers.add(new DnsServer("127.0.0.1", DnsServer.DEFAULT_PORT));
        return new ResolvConf(List.copyOf(servers), timeout, tries);
    }

    private static int number(String option, int fallback) {
        try {
            return Integer.parseInt(option.substring(option.indexOf(':') + 1));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
