package org.mashang.proposals.internal;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.mashang.platform.UserFacingException;

/** The answer letter (答复函) as a PDF: refused unless it is one that opens, has pages and is not encrypted. */
final class PdfUpload {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final String CONTENT_TYPE = "application/pdf";

    private PdfUpload() {
    }

    /** @return the file as uploaded, once it proved to be a readable PDF */
    static byte[] check(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw UserFacingException.badRequest("答复函不能超过 10 MB");
        }
        if (content.length < 5 || !new String(content, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
            throw UserFacingException.badRequest("答复函须为 PDF 文件");
        }
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted() || document.getNumberOfPages() == 0) {
                throw UserFacingException.badRequest("答复函不能加密，且至少要有一页");
            }
        } catch (IOException e) {
            throw UserFacingException.badRequest("答复函无法打开，请上传完整的 PDF 文件");
        }
        return content;
    }
}
