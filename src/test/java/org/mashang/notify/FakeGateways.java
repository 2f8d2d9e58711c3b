package org.mashang.notify;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fake SMS gateway (WireMock) and a local SMTP server (GreenMail) on this machine, started once per test run on free
 * ports before the application context that points at them ({@code fake.sms.port}, {@code fake.smtp.port}).
 */
public final class FakeGateways implements BeforeAllCallback {

    public static final WireMockServer SMS = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
    public static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    private static boolean started;

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    public static synchronized void start() {
        if (started) {
            return;
        }
        SMS.start();
        SMTP.start();
        System.setProperty("fake.sms.port", Integer.toString(SMS.port()));
        System.setProperty("fake.smtp.port", Integer.toString(SMTP.getSmtp().getPort()));
        started = true;
    }

    /** The JSON bodies the gateway received for a phone, oldest first. */
    public static List<JsonNode> smsTo(String phone) {
        // the journal lists the newest first
        List<JsonNode> bodies = new java.util.ArrayList<>(SMS.getAllServeEvents().stream().map(e -> e.getRequest())
                .map(LoggedRequest::getBodyAsString).map(body -> JsonMapper.shared().readTree(body))
                .filter(json -> phone.equals(json.path("phone").asString())).toList());
        java.util.Collections.reverse(bodies);
        return bodies;
    }

    public static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
