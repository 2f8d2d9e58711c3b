package org.mashang.platform;

import java.util.Optional;
import java.util.UUID;

/** Where uploaded files (photos) live; any instance can read what another wrote. */
public interface FileStore {

    /** @param content a photo as {@link ImageUpload} re-encoded it (never the bytes as uploaded) */
    StoredFile save(byte[] content, String contentType);

    Optional<StoredFile> load(UUID id);

    record StoredFile(UUID id, String contentType, byte[] content) {
    }
}
