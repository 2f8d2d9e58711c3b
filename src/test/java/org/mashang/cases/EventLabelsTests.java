package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;

/**
 * The public timeline (/cases/{ticket}, /track) names each event from the message bundles, in Chinese and English: a kind of
 * event without its words there showed as "??event.OUTCOMES_zh_CN??" (the outcomes and the 回访 on a resident's case).
 */
@UnitTest
class EventLabelsTests {

    @Test
    void everyKindOfEventHasItsWordsInBothLanguagesAndTheChineseAreTheStaffTimelines() throws IOException {
        Properties zh = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        for (EventType type : EventType.values()) {
            assertThat(zh.getProperty("event." + type.name())).as("event.%s in messages.properties", type).isEqualTo(type.label());
            assertThat(en.getProperty("event." + type.name())).as("event.%s in messages_en.properties", type).isNotBlank();
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(EventLabelsTests.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
