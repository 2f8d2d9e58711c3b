package org.mashang.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mashang.notify.DeliveryException;
import org.mashang.notify.OutboundMessage;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The email channel against a local SMTP server. */
@Tag("integration") // starts its own server or database
class EmailChannelTests {

    GreenMail smtp;

    @BeforeEach
    void start() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    EmailChannel channel(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "1000");
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("mail", sender));
        NotifyProperties properties = new NotifyProperties(List.of(), Map.of(), Map.of(), "zh-CN", "http://localhost", null, null,
                new NotifyProperties.Email("station@example.com"), null);
        return new EmailChannel(beans.getBeanProvider(JavaMailSender.class), properties);
    }

    @Test
    void sendsAPlainTextMailInUtf8WithTheOutboxIdAsMessageId() throws Exception {
        OutboundMessage m = new OutboundMessage(7, "deputy-new-case", "deputy@example.com", "新留言待您答复",
                "您有一条新留言待答复（受理编号 261125-00001）", Map.of());
        assertThat(channel(smtp.getSmtp().getPort()).send(m)).isEqualTo("<mashang-7@mashang>");
        assertThat(smtp.waitForIncomingEmail(2000, 1)).isTrue();
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("新留言待您答复");
        assertThat(GreenMailUtil.getBody(received)).isNotBlank();
        assertThat(received.getContent().toString()).contains("受理编号 261125-00001");
        assertThat(received.getMessageID()).isEqualTo("<mashang-7@mashang>");
        assertThat(received.getFrom()[0].toString()).isEqualTo("station@example.com");
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("deputy@example.com");
    }

    @Test
    void anUnreachableServerIsRetriedAndAMissingServerSaysWhatToConfigure() {
        int port = smtp.getSmtp().getPort();
        smtp.stop();
        OutboundMessage m = new OutboundMessage(8, "deputy-new-case", "deputy@example.com", "s", "b", Map.of());
        assertThatThrownBy(() -> channel(port).send(m)).isInstanceOf(DeliveryException.class).hasMessageContaining("邮件发送失败")
                .satisfies(e -> assertThat(((DeliveryException) e).permanent()).isFalse());
        NotifyProperties properties = new NotifyProperties(List.of(), Map.of(), Map.of(), "zh-CN", "http://localhost", null, null,
                new NotifyProperties.Email("x@example.com"), null);
        EmailChannel none = new EmailChannel(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), properties);
        assertThatThrownBy(() -> none.send(m)).hasMessageContaining("spring.mail.host");
    }
}
