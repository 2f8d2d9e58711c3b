package org.mashang.platform.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.stereotype.Component;
import org.webjars.WebJarVersionLocator;

/**
 * The application's static files ({@code /css}, {@code /js}, {@code /img}) and the webjars it uses, each published
 * under a name carrying a hash of its content ({@code /css/app.css} → {@code /css/app-1a2b3c4d5e6f.css}), so a phone
 * may keep it for a year: a changed file gets a new name. Each file is read from the jar once, on first use, and kept
 * in memory with its gzip form; links and requests then cost a map look-up (reading the nested jar on every link was
 * a quarter of the time of a page).
 */
@Component
class StaticAssets {

    /** A name ending in a hash of 12 hex digits before the extension. */
    private static final Pattern VERSIONED = Pattern.compile("(.*)-([0-9a-f]{12})(\\.[A-Za-z0-9]+)");
    private static final String[] ROOTS = {"/css/", "/js/", "/img/"};
    private static final int MAX_SIZE = 5 * 1024 * 1024;

    /**
     * @param path          as requested without the hash: {@code /css/app.css}, {@code /webjars/htmx.org/2.0.8/dist/htmx.min.js}
     * @param versionedPath the path to link
     * @param gzip          the content compressed, or null when compressing does not pay
     */
    record Asset(String path, String versionedPath, String hash, byte[] content, byte[] gzip, String contentType) {
    }

    private final ConcurrentHashMap<String, Optional<Asset>> linked = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Asset> byPath = new ConcurrentHashMap<>();
    private final WebJarVersionLocator webjars = new WebJarVersionLocator();
    private final ClassLoader classLoader = StaticAssets.class.getClassLoader();

    static boolean isAssetPath(String path) {
        if (path.startsWith("/webjars/")) {
            return true;
        }
        for (String root : ROOTS) {
            if (path.startsWith(root)) {
                return true;
            }
        }
        return false;
    }

    /** The path to link for a static file named in a template, or null when it is not one. Remembered, hit or miss. */
    @Nullable String linkFor(String path) {
        if (!isAssetPath(path)) {
            return null;
        }
        // templates name a fixed set of files, so remembering misses too stays small
        return linked.computeIfAbsent(path, this::load).map(Asset::versionedPath).orElse(null);
    }

    /**
     * The file a request names, with or without its hash.
     *
     * @return the file, and whether the request named its current hash (only then may it be kept for good)
     */
    Optional<Found> forRequest(String requestPath) {
        if (!isAssetPath(requestPath) || requestPath.contains("..") || requestPath.contains("//") || requestPath.contains("%")
                || requestPath.contains("\\")) {
            return Optional.empty();
        }
        Matcher versioned = VERSIONED.matcher(requestPath);
        String hash = null;
        String path = requestPath;
        if (versioned.matches()) {
            hash = versioned.group(2);
            path = versioned.group(1) + versioned.group(3);
        }
        Asset asset = byPath.get(path);
        if (asset == null) {
            // only files that exist are remembered: a stream of made-up names costs a look-up each, not memory
            asset = load(path).orElse(null);
            if (asset == null) {
                return Optional.empty();
            }
        }
        return Optional.of(new Found(asset, asset.hash().equals(hash)));
    }

    record Found(Asset asset, boolean current) {
    }

    private Optional<Asset> load(String path) {
        Asset known = byPath.get(path);
        if (known != null) {
            return Optional.of(known);
        }
        String resource = resourceName(path);
        if (resource == null) {
            return Optional.empty();
        }
        URL url = classLoader.getResource(resource);
        if (url == null || resource.endsWith("/")) {
            return Optional.empty();
        }
        byte[] content = read(url);
        if (content == null) {
            return Optional.empty();
        }
        // a version-less webjar path links to the webjar's versioned one
        String canonical = path.startsWith("/webjars/") ? "/" + resource.substring("META-INF/resources/".length()) : path;
        String hash = hash(content);
        int dot = canonical.lastIndexOf('.');
        int slash = canonical.lastIndexOf('/');
        String versionedPath = dot > slash ? canonical.substring(0, dot) + "-" + hash + canonical.substring(dot)
                : canonical + "-" + hash;
        String type = MediaTypeFactory.getMediaType(canonical).orElse(MediaType.APPLICATION_OCTET_STREAM).toString();
        boolean text = type.startsWith("text/") || type.contains("javascript") || type.contains("json") || type.contains("svg");
        if (text && !type.contains("charset")) {
            type += ";charset=UTF-8";
        }
        Asset asset = new Asset(canonical, versionedPath, hash, content, text ? gzip(content) : null, type);
        byPath.put(canonical, asset);
        byPath.putIfAbsent(path, asset);
        return Optional.of(asset);
    }

    private String resourceName(String path) {
        if (path.startsWith("/webjars/")) {
            String rest = path.substring("/webjars/".length());
            if (classLoader.getResource("META-INF/resources/webjars/" + rest) != null) {
                return "META-INF/resources/webjars/" + rest;
            }
            int slash = rest.indexOf('/');
            if (slash <= 0) {
                return null;
            }
            String full = webjars.fullPath(rest.substring(0, slash), rest.substring(slash + 1));
            return full == null ? null : full;
        }
        return "static" + path;
    }

    private static byte[] read(URL url) {
        try (InputStream in = url.openStream()) {
            byte[] content = in.readNBytes(MAX_SIZE + 1);
            return content.length > MAX_SIZE ? null : content;
        } catch (IOException e) {
            // a directory or an unreadable entry is not a file we serve
            return null;
        }
    }

    private static String hash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] compressed = out.toByteArray();
        return compressed.length < content.length * 9 / 10 ? compressed : null;
    }
}
