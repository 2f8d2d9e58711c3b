package org.mashang.platform;

/** An uploaded file that passed its checks, ready to store. */
public record Attachment(byte[] content, String contentType) {
}
