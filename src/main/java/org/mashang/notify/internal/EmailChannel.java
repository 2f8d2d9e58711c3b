package org.mashang.notify.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import lombok.RequiredArgsConstructor;
import org.mashang.notify.ChannelKind;
import org.mashang.notify.DeliveryException;
import org.mashang.notify.NotificationChannel;
import org.mashang.notify.OutboundMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Email over SMTP, configured with Spring's {@code spring.mail.*}. The Message-ID is made from the outbox id, so a
 * repeated delivery after a crash can be recognized as the same message.
 */
@Component
@RequiredArgsConstructor
public class EmailChannel implements NotificationChannel {

    private final ObjectProvider<JavaMailSender> mail;
    private final NotifyProperties properties;

    @Override
    public ChannelKind kind() {
        return ChannelKind.EMAIL;
    }

    @Override
    public String send(OutboundMessage m) throws DeliveryException {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw DeliveryException.transientFailure("未配置邮件服务器（spring.mail.host）", null);
        }
        String messageId = "<" + m.requestId() + "@mashang>";
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(properties.email().from());
            helper.setTo(m.address());
            helper.setSubject(m.subject() == null ? "码上找代表" : m.subject());
            helper.setText(m.body(), false);
            message.setHeader("Message-ID", messageId);
            message.setHeader("X-Mashang-Notification", Long.toString(m.id()));
            sender.send(message);
            return messageId;
        } catch (MessagingException | MailParseException | MailPreparationException e) {
            throw DeliveryException.permanentFailure("邮件无法生成（地址不正确？）：" + e.getMessage(), e);
        } catch (MailAuthenticationException e) {
            throw DeliveryException.transientFailure("邮件服务器拒绝登录：" + e.getMessage(), e);
        } catch (MailException e) {
            throw DeliveryException.transientFailure("邮件发送失败：" + e.getMessage(), e);
        }
    }
}
