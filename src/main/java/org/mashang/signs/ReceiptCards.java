package org.mashang.signs;

import java.util.List;

/**
 * A resident's receipt as an image to keep in the phone's album ("保存凭证"): drawn on the server with the signs' font,
 * so it looks the same on every phone, with a QR code of the tracking address.
 */
public interface ReceiptCards {

    /**
     * @param lines label and value, e.g. 受理编号 → 261125-00001
     * @param link  the address to follow the message at, written out and as a QR code (never with the query code)
     */
    byte[] png(String title, List<Line> lines, String note, String link);

    record Line(String label, String value) {
    }
}
