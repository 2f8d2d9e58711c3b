package org.mashang.directory.web;

import java.time.Duration;
import lombok.RequiredArgsConstructor;
import org.mashang.directory.internal.DeputyRepository;
import org.mashang.platform.FileStore;
import org.mashang.platform.UserFacingException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The deputy's photo, public like the printed sign it appears on. */
@Controller
@RequiredArgsConstructor
class DeputyPhotoController {

    private final DeputyRepository deputies;
    private final FileStore files;

    @GetMapping("/d/{code}/photo")
    ResponseEntity<byte[]> photo(@PathVariable String code) {
        var file = deputies.findByCode(code)
                .filter(d -> d.photoId() != null)
                .flatMap(d -> files.load(d.photoId()))
                .orElseThrow(() -> UserFacingException.notFound("没有这位代表的照片"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(file.content());
    }
}
