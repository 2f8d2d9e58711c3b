package org.mashang.signs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;
import org.mashang.signs.PrintedAddress.Problem;

@UnitTest
class PrintedAddressCheckTests {

    static PrintedAddressCheck printing(String base) {
        return new PrintedAddressCheck(new SignProperties(base, 180, ""));
    }

    @Test
    void localhostCannotBeReachedByAnyPhone() {
        assertThat(printing("http://localhost:8080").check("https://mashang.example.org")).isEqualTo(Problem.LOCALHOST);
        assertThat(printing("http://127.0.0.1:8080/").check("http://127.0.0.1:8080")).isEqualTo(Problem.LOCALHOST);
        assertThat(printing("http://[::1]:8080").check(null)).isEqualTo(Problem.LOCALHOST);
    }

    @Test
    void anotherAddressThanTheOneInUseIsFlagged() {
        PrintedAddressCheck check = printing("https://mashang.example.org/");
        assertThat(check.baseUrl()).isEqualTo("https://mashang.example.org");
        assertThat(check.check("https://mashang.example.org")).isNull();
        assertThat(check.check("https://mashang.example.org:443")).isNull();
        assertThat(check.check("https://MASHANG.example.org")).isNull();
        assertThat(check.check("http://mashang.example.org")).isEqualTo(Problem.DIFFERENT);
        assertThat(check.check("https://test.mashang.example.org")).isEqualTo(Problem.DIFFERENT);
        assertThat(check.check("http://10.0.0.5:8080")).isEqualTo(Problem.DIFFERENT);
    }
}
