package org.mashang.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerClassData;
import org.mashang.TestImages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Photos reach the store re-encoded, whatever door they came through, and photos stored before are re-encoded too. */
@IntegrationTest
class PhotoPrivacyTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StoredPhotoReencoding reencoding;

    @RegisterExtension
    static final PerClassData data = new PerClassData();

    MockMultipartHttpServletRequestBuilder message(String text) {
        return message(text, UUID.randomUUID().toString());
    }

    MockMultipartHttpServletRequestBuilder message(String text, String submissionKey) {
        var request = multipart(data.street().deputyPage()).param("text", text)
                .param("categoryId", Long.toString(data.street().category()))
                .param("publicChoice", "true").param("submissionKey", submissionKey);
        request.with(csrf());
        return request;
    }

    @Test
    void aResidentsPhoneJpegIsStoredWithoutItsGpsPosition() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(message("井盖松动了。", key)
                        .file(new MockMultipartFile("photos", "IMG_0001.jpg", "image/jpeg", TestImages.jpegWithExif(120, 60, 6))))
                .andExpect(status().is3xxRedirection());
        var stored = jdbc.sql("""
                        select f.content, f.content_type from stored_file f join case_photo p on p.file_id = f.id
                        join cases c on c.id = p.case_id where c.submission_key = :k""").param("k", key).query().singleRow();
        String bytes = new String((byte[]) stored.get("content"), StandardCharsets.ISO_8859_1);
        assertThat(stored.get("content_type")).isEqualTo("image/jpeg");
        assertThat(bytes).doesNotContain("Exif").doesNotContain(TestImages.EXIF_MARKER);
    }

    @Test
    void aPhotoOverTheLimitGetsTheFormAgainWithTheMessageNextToThePhotoField() throws Exception {
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(TestImages.jpeg(), 0, big, 0, 3);
        long before = jdbc.sql("select count(*) from cases").query(Long.class).single();
        mvc.perform(message("楼道里堆满了杂物，请处理。")
                        .file(new MockMultipartFile("photos", "big.jpg", "image/jpeg", big)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().string(containsString("id=\"photo-problem\">第 1 张照片超过 20 MB，请换一张或压缩后再上传<")))
                .andExpect(content().string(containsString("楼道里堆满了杂物，请处理。")))
                .andExpect(content().string(containsString("id=\"message-form\"")))
                .andExpect(content().string(not(containsString("id=\"global-errors\""))));
        assertThat(jdbc.sql("select count(*) from cases").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void photosStoredBeforeAreReencodedByTheOneOffJob() {
        UUID exif = legacy(TestImages.jpegWithExif(90, 30, 8));
        UUID broken = legacy("<html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII));
        assertThat(reencoding.reencodeAll()).isGreaterThanOrEqualTo(2);
        for (UUID id : new UUID[]{exif, broken}) {
            var row = jdbc.sql("select content, content_type, reencoded from stored_file where id = :id").param("id", id)
                    .query().singleRow();
            String bytes = new String((byte[]) row.get("content"), StandardCharsets.ISO_8859_1);
            assertThat(row.get("reencoded")).isEqualTo(true);
            assertThat(row.get("content_type")).isEqualTo("image/jpeg");
            assertThat(bytes).startsWith("\u00FF\u00D8\u00FF").doesNotContain("Exif").doesNotContain("script");
        }
        assertThat(reencoding.reencodeAll()).isZero();
    }

    private UUID legacy(byte[] content) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into stored_file (id, content_type, size_bytes, sha256, content, reencoded)
                        values (:id, 'image/jpeg', :size, 'x', :content, false)""")
                .param("id", id).param("size", content.length).param("content", content).update();
        return id;
    }
}
