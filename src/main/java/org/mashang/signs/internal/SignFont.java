package org.mashang.signs.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;
import org.mashang.platform.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The Chinese font printed signs are set in. The same file serves the PDF (a subset of it is embedded, so the PDF
 * prints on a machine without Chinese fonts) and the PNG (Java2D draws with it, whatever fonts the server has).
 * It must have TrueType outlines: PDFBox cannot subset CFF-based OpenType fonts.
 */
@Component
public class SignFont {

    /** Debian's WenQuanYi Micro Hei (Apache-2.0), then Droid Sans Fallback (Apache-2.0). */
    static final List<Path> CANDIDATES = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"));

    private static final Logger log = LoggerFactory.getLogger(SignFont.class);
    private static final int REPLACEMENT = '?';

    private final SignProperties properties;
    private final AtomicReference<Loaded> loaded = new AtomicReference<>();
    /** One PDF at a time uses {@link #parsed}. */
    private final ReentrantLock pdfTurn = new ReentrantLock();
    /** The font for PDFs, parsed from its file once and kept open: read only while holding {@link #pdfTurn}. */
    private @Nullable Parsed parsed;

    SignFont(SignProperties properties) {
        this.properties = properties;
        if (file().isEmpty()) {
            log.warn("No Chinese font for printed signs: install Debian's fonts-wqy-microhei or set MASHANG_SIGNS_FONT_FILE");
        }
    }

    /** The font for Java2D at a size of 1; derive the size needed. */
    public Font awt() {
        Path path = require();
        Loaded current = loaded.get();
        if (current != null && current.path().equals(path)) {
            return current.font();
        }
        try {
            // a collection (.ttc) holds several faces: take the first, as the PDF does
            Font font = Font.createFonts(path.toFile())[0].deriveFont(1f);
            loaded.set(new Loaded(path, font));
            return font;
        } catch (IOException | FontFormatException e) {
            throw unusable(path, e);
        }
    }

    /**
     * Loads the font into a document, to be embedded as a subset; close the handle after saving the document. The file
     * is parsed once per path and kept (parsing the 5 MB collection cost about 33 ms of CPU per PDF, where the rest of a
     * one-page PDF costs about 14 ms); fontbox reads its tables lazily and does not promise that one parsed font can be used by two
     * threads at once, so documents take turns: the handle holds the font until it is closed. Signs are printed by
     * administrators now and then, so the wait is rare and short.
     */
    public PdfFont pdf(PDDocument document) {
        Path path = require();
        pdfTurn.lock();
        try {
            return new PdfFont(PDType0Font.load(document, parsed(path), true), pdfTurn::unlock);
        } catch (IOException | RuntimeException e) {
            pdfTurn.unlock();
            throw unusable(path, e);
        }
    }

    /** The parsed font of the file, parsed again only when the file configured changes; called in {@link #pdfTurn}. */
    private TrueTypeFont parsed(Path path) throws IOException {
        if (parsed != null && parsed.path().equals(path)) {
            return parsed.font();
        }
        Closeable source = null;
        try {
            TrueTypeFont ttf;
            if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                // a collection holds several faces: take the first, as Java2D does
                TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
                source = collection;
                TrueTypeFont[] first = new TrueTypeFont[1];
                collection.processAllFonts(face -> {
                    if (first[0] == null) {
                        first[0] = face;
                    }
                });
                ttf = first[0];
            } else {
                ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
                source = ttf;
            }
            Parsed previous = parsed;
            parsed = new Parsed(path, ttf, source);
            if (previous != null) {
                closeQuietly(previous.source());
            }
            return ttf;
        } catch (IOException | RuntimeException e) {
            closeQuietly(source);
            throw e;
        }
    }

    private static void closeQuietly(Closeable source) {
        if (source != null) {
            try {
                source.close();
            } catch (IOException ignored) {
                // already failing
            }
        }
    }

    /** The text with every character the font has no glyph for replaced, so drawing it cannot fail. */
    public String printable(String text) {
        if (text == null) {
            return "";
        }
        Font font = awt();
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(' ');
            } else {
                out.appendCodePoint(font.canDisplay(c) ? c : REPLACEMENT);
            }
        });
        return out.toString();
    }

    Optional<Path> file() {
        if (!properties.fontFile().isBlank()) {
            Path configured = Path.of(properties.fontFile());
            return Files.isReadable(configured) ? Optional.of(configured) : Optional.empty();
        }
        return CANDIDATES.stream().filter(Files::isReadable).findFirst();
    }

    private Path require() {
        return file().orElseThrow(() -> new UserFacingException(HttpStatus.SERVICE_UNAVAILABLE,
                "服务器上没有找到打印公示牌所需的中文字体。请系统管理员安装“文泉驿微米黑”字体（Debian 软件包 fonts-wqy-microhei），"
                        + "或用环境变量 MASHANG_SIGNS_FONT_FILE 指定一个 TrueType 中文字体文件，然后再试。"));
    }

    private static UserFacingException unusable(Path path, Exception cause) {
        log.error("Cannot use {} for printed signs", path, cause);
        return new UserFacingException(HttpStatus.SERVICE_UNAVAILABLE,
                "公示牌字体文件 " + path + " 无法使用（需要 TrueType 格式的中文字体）。请系统管理员更换字体后再试。");
    }

    private record Loaded(Path path, Font font) {
    }

    private record Parsed(Path path, TrueTypeFont font, Closeable source) {
    }

    /** A font loaded into one document; closing it, after the document is saved, lets the next document have the font. */
    public record PdfFont(PDType0Font font, Runnable release) implements Closeable {
        @Override
        public void close() {
            release.run();
        }
    }
}
