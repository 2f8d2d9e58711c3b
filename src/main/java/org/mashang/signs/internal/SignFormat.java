package org.mashang.signs.internal;

import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.mashang.platform.UserFacingException;

/** What a sign is printed as: PDF for the printer (vector QR code, embedded font) or a PNG picture. */
@RequiredArgsConstructor
public enum SignFormat {
    PDF("application/pdf"),
    PNG("image/png");

    private final String mediaType;

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @param extension as in the file name asked for: {@code pdf} or {@code png} */
    public static SignFormat ofExtension(String extension) {
        for (SignFormat format : values()) {
            if (format.extension().equalsIgnoreCase(extension)) {
                return format;
            }
        }
        throw UserFacingException.notFound("公示牌只有 PDF 和 PNG 两种格式");
    }
}
