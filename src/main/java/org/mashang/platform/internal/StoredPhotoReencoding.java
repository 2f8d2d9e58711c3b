package org.mashang.platform.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.UUID;
import org.mashang.platform.Attachment;
import org.mashang.platform.ImageBytes;
import org.mashang.platform.ImageUpload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One-off job: photos stored before uploads were re-encoded are served byte for byte (EXIF GPS positions, anything
 * appended after the image). After each start, in the background, every such photo is re-encoded like a new upload;
 * one that does not decode is replaced by a plain grey picture. Each row is claimed with SKIP LOCKED, so several
 * instances share the work and none does a photo twice.
 */
@Component
class StoredPhotoReencoding implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StoredPhotoReencoding.class);
    private static final int BATCH = 20;

    private final DatabaseFileStore files;
    private final TransactionTemplate tx;
    private final boolean onStart;

    StoredPhotoReencoding(DatabaseFileStore files, TransactionTemplate tx, @Value("${mashang.files.reencode-on-start:true}") boolean onStart) {
        this.files = files;
        this.tx = tx;
        this.onStart = onStart;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (onStart) {
            Thread worker = new Thread(this::reencodeAll, "photo-reencoding");
            worker.setDaemon(true);
            worker.start();
        }
    }

    /** @return how many photos were re-encoded */
    int reencodeAll() {
        int done = 0;
        while (true) {
            Integer batch = tx.execute(status -> reencodeBatch());
            if (batch == null || batch == 0) {
                break;
            }
            done += batch;
        }
        if (done > 0) {
            log.info("Re-encoded {} photo(s) stored before uploads were re-encoded", done);
        }
        return done;
    }

    private int reencodeBatch() {
        List<UUID> ids = files.claimNotReencoded(BATCH);
        for (UUID id : ids) {
            byte[] content = files.content(id);
            Attachment photo;
            try {
                photo = ImageUpload.reencode(content);
            } catch (ImageUpload.Unreadable e) {
                log.warn("Stored file {} could not be decoded ({}); replaced by a blank picture", id, e.getMessage());
                photo = new Attachment(blank(), ImageUpload.CONTENT_TYPE);
            }
            files.replaceReencoded(id, photo.content(), photo.contentType());
        }
        return ids.size();
    }

    private static byte[] blank() {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xDDDDDD));
        g.fillRect(0, 0, 320, 240);
        g.dispose();
        return ImageBytes.of(image, "jpg");
    }
}
