package org.mashang;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A raw HTTP/1.0 client for the bench scripts: sends exactly the bytes given (malformed escapes, NUL characters,
 * bad cookies), one connection per request, and keeps cookies like a browser would.
 */
public final class RawHttp {

    public record Response(int status, Map<String, String> headers, String body, long millis) {
        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private final String host;
    private final int port;
    public final Map<String, String> cookies = new LinkedHashMap<>();
    /** Sent with every request, e.g. X-Forwarded-For to stand for another client behind a proxy. */
    public final Map<String, String> headers = new LinkedHashMap<>();
    public int timeoutMillis = 30_000;

    public RawHttp(String baseUrl) {
        URI uri = URI.create(baseUrl);
        host = uri.getHost();
        port = uri.getPort() < 0 ? 80 : uri.getPort();
    }

    public Response get(String target) throws IOException {
        return send("GET", target, Map.of(), null);
    }

    /** A form as a browser posts it, with the CSRF token of the page it came from. */
    public Response post(String target, String form) throws IOException {
        return send("POST", target, Map.of("Content-Type", "application/x-www-form-urlencoded"),
                form.getBytes(StandardCharsets.UTF_8));
    }

    public Response send(String method, String target, Map<String, String> headers, byte[] body) throws IOException {
        long start = System.nanoTime();
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(timeoutMillis);
            StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.0\r\nHost: " + host + ":" + port + "\r\n");
            if (!cookies.isEmpty() && !headers.containsKey("Cookie")) {
                head.append("Cookie: ").append(String.join("; ", cookies.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).toList())).append("\r\n");
            }
            this.headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return read(socket.getInputStream(), start);
        }
    }

    private Response read(InputStream in, long start) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String[] lines = head.split("\r\n");
        int status = lines.length > 0 && lines[0].startsWith("HTTP/") ? Integer.parseInt(lines[0].split(" ")[1]) : -1;
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                String name = lines[i].substring(0, colon).toLowerCase();
                String value = lines[i].substring(colon + 1).strip();
                if (name.equals("set-cookie")) {
                    String pair = value.split(";", 2)[0];
                    int eq = pair.indexOf('=');
                    String cookieValue = pair.substring(eq + 1);
                    if (cookieValue.isEmpty() || value.contains("Max-Age=0")) {
                        cookies.remove(pair.substring(0, eq));
                    } else {
                        cookies.put(pair.substring(0, eq), cookieValue);
                    }
                }
                headers.merge(name, value, (a, b) -> a + ", " + b);
            }
        }
        return new Response(status, headers, end < 0 ? "" : text.substring(end + 4), (System.nanoTime() - start) / 1_000_000);
    }

    /** The CSRF token of the first form on a page. */
    public static String csrf(Response page) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        return m.find() ? m.group(1) : "";
    }

    public static String find(String body, String regex) {
        Matcher m = Pattern.compile(regex).matcher(body);
        return m.find() ? m.group(1) : null;
    }

    public static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
