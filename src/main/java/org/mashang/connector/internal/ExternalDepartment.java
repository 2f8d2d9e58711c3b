package org.mashang.connector.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A department that handles its assignments in another system, and how to reach it.
 *
 * @param serviceMapping one "category id=service_code" per line; categories not listed go to {@code defaultServiceCode}
 */
public record ExternalDepartment(long departmentId, String platformName, String endpoint, String apiKey, String jurisdictionId,
                                 String defaultServiceCode, String serviceMapping, boolean active, Instant updatedAt,
                                 String updatedBy) {

    /** The remote service_code for one of our categories. */
    public String serviceCode(long categoryId) {
        return mapping().getOrDefault(Long.toString(categoryId), defaultServiceCode);
    }

    public Map<String, String> mapping() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : serviceMapping.split("\\R")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                map.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return map;
    }

    /** The endpoint without a trailing slash, e.g. https://12345.example.gov.cn/open311/v2. */
    public String base() {
        return endpoint.replaceAll("/+$", "");
    }
}
