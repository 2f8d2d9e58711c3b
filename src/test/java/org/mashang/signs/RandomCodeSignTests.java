package org.mashang.signs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mashang.IntegrationTest;
import org.mashang.platform.Codes;
import org.mashang.signs.internal.SignFormat;
import org.mashang.signs.internal.SignSize;
import org.mashang.signs.internal.Signs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Codes are random: the printed sign must read whatever code it carries, not just the demo's. */
@IntegrationTest
class RandomCodeSignTests {

    @Autowired
    Signs signs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Test
    void signsWithManyRandomCodesAllRead() {
        org.mashang.signs.internal.SignFontAvailable.assume();
        long deputy = jdbc.sql("select id from deputy where code = 'wl15'").query(Long.class).single();
        List<String> unread = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                String code = Codes.random(8);
                jdbc.sql("update deputy set code = ? where id = ?").param(1, code).param(2, deputy).update();
                events.publishEvent(new org.mashang.platform.ReferenceDataChanged("test data"));
                String url = "http://localhost:8080/d/" + code;
                try (var pdf = SignPrints.pdf(signs.deputy(deputy, SignSize.A4, SignFormat.PDF).content())) {
                    if (!read(() -> SignPrints.decodePage(pdf, 0).getText(), url)) {
                        unread.add(code + " (pdf)");
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                byte[] png = signs.deputy(deputy, SignSize.A5, SignFormat.PNG).content();
                if (!read(() -> SignPrints.decode(SignPrints.image(png)).getText(), url)) {
                    unread.add(code + " (png)");
                }
            }
        } finally {
            jdbc.sql("update deputy set code = 'wl15' where id = ?").param(1, deputy).update();
            events.publishEvent(new org.mashang.platform.ReferenceDataChanged("test data"));
        }
        assertThat(unread).isEmpty();
    }

    private static boolean read(java.util.function.Supplier<String> decode, String expected) {
        try {
            return expected.equals(decode.get());
        } catch (AssertionError e) {
            return false;
        }
    }
}
