package org.mashang.platform.internal;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much memory the embedded PostgreSQL takes for its page cache. PostgreSQL's own default (128 MB) is meant to fit
 * any machine; a street's database fits in it, a province's (tens of GB) does not, and every page of it then comes
 * through the operating system's cache at a copy each. With {@code auto} the server takes a quarter of the machine's
 * memory (at most 8 GB, at least 128 MB: the usual advice for a server of its own) and tells the planner that about
 * half of the memory caches data, so it prefers the indexes it can read from memory.
 */
final class ServerMemory {

    static final long MB = 1024L * 1024;
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(MB|GB)", Pattern.CASE_INSENSITIVE);

    private ServerMemory() {
    }

    /** shared_buffers and effective_cache_size for {@code setting} ("auto", or a size such as "512MB" or "2GB"). */
    static Map<String, String> settings(String setting, long machineBytes) {
        long sharedMb;
        if ("auto".equalsIgnoreCase(setting.strip())) {
            sharedMb = Math.max(128, Math.min(8 * 1024, machineBytes / 4 / MB));
        } else {
            Matcher m = SIZE.matcher(setting.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("mashang.embedded.shared-buffers must be auto or a size such as 512MB or 2GB, not "
                        + setting);
            }
            sharedMb = Long.parseLong(m.group(1)) * (m.group(2).toUpperCase(Locale.ROOT).equals("GB") ? 1024 : 1);
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("shared_buffers", sharedMb + "MB");
        settings.put("effective_cache_size", Math.max(sharedMb, machineBytes / 2 / MB) + "MB");
        return settings;
    }

    static long machineBytes() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
    }
}
