package org.mashang.notify;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mashang.TestClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The application configured as in production: residents get SMS (or email), staff get email, one-time codes go by
 * SMS, WeChat to residents who linked it, all to the fake gateways of {@link FakeGateways}; with a clock the test can
 * move. One shared configuration.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("integration")
@ExtendWith(FakeGateways.class)
@SpringBootTest(properties = {
        "mashang.notify.channels.resident=SMS,EMAIL",
        "mashang.notify.channels.deputy=EMAIL,DEV",
        "mashang.notify.channels.department=EMAIL,DEV",
        "mashang.notify.channels.dispatcher=EMAIL,DEV",
        "mashang.notify.channels.committee-head=SMS,DEV",
        "mashang.notify.event-channels.verify-code=SMS",
        "mashang.notify.public-base-url=https://mashang.example.org/",
        "mashang.notify.sms.url=http://127.0.0.1:${fake.sms.port}/sms",
        "mashang.notify.sms.app-key=test-app",
        "mashang.notify.sms.app-secret=test-secret",
        "mashang.notify.sms.template-ids.verify-code=SMS_900",
        "mashang.notify.sms.template-ids.resident-accepted=SMS_101",
        "mashang.notify.email.from=station@mashang.example.org",
        // the Official Account, its API on the same fake server; only residents who linked WeChat hear there
        "mashang.wechat.app-id=wx0000test",
        "mashang.wechat.app-secret=wx-test-secret",
        "mashang.wechat.api-base-url=http://127.0.0.1:${fake.sms.port}/wx",
        "mashang.wechat.templates.resident-accepted.id=TPL_ACCEPTED",
        "mashang.wechat.templates.resident-accepted.data.character_string1=ticket",
        "mashang.wechat.templates.resident-accepted.data.thing2=deputyName",
        "mashang.wechat.templates.resident-replied.id=TPL_REPLIED",
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=${fake.smtp.port}"})
@AutoConfigureMockMvc
@Import(GatewayTest.Config.class)
public @interface GatewayTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Config {
        @Bean
        TestClock clock() {
            return new TestClock();
        }
    }
}
