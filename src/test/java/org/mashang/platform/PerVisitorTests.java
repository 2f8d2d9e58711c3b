package org.mashang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;
import org.springframework.mock.web.MockHttpServletRequest;

/** A form key is a random UUID as the message form expects it; a page rendered to be kept gets the placeholder. */
@UnitTest
class PerVisitorTests {

    @Test
    void formKeysAreRandomVersion4Uuids() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String key = PerVisitor.newFormKey();
            assertThat(key).matches("[0-9a-f-]{36}");
            UUID uuid = UUID.fromString(key);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            seen.add(key);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void aPageRenderedToBeKeptGetsThePlaceholder() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        assertThat(PerVisitor.formKey(request)).matches("[0-9a-f-]{36}");
        request.setAttribute(PerVisitor.FORM_KEY_PLACEHOLDER, "fkey123");
        assertThat(PerVisitor.formKey(request)).isEqualTo("fkey123");
    }
}
