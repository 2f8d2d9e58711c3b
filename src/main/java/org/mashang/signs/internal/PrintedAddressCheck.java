package org.mashang.signs.internal;

import java.net.URI;
import lombok.RequiredArgsConstructor;
import org.mashang.signs.PrintedAddress;
import org.springframework.stereotype.Component;

@Component
@RequiredArgsConstructor
class PrintedAddressCheck implements PrintedAddress {

    private final SignProperties properties;

    @Override
    public String baseUrl() {
        return properties.url("");
    }

    @Override
    public Problem check(String addressInUse) {
        URI printed = parse(baseUrl());
        if (printed == null || printed.getHost() == null || loopback(printed.getHost())) {
            return Problem.LOCALHOST;
        }
        URI used = parse(addressInUse);
        if (used == null || used.getHost() == null) {
            return null;
        }
        boolean same = printed.getHost().equalsIgnoreCase(used.getHost()) && printed.getScheme().equalsIgnoreCase(used.getScheme())
                && port(printed) == port(used);
        return same ? null : Problem.DIFFERENT;
    }

    static boolean loopback(String host) {
        String h = host.toLowerCase();
        return h.equals("localhost") || h.endsWith(".localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1")
                || h.equals("0.0.0.0");
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static URI parse(String address) {
        try {
            return address == null ? null : URI.create(address.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
