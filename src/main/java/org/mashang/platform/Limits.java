package org.mashang.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on what an anonymous client can repeat, counted in PostgreSQL so they hold across instances
 * ({@code mashang.limits.*}, env {@code MASHANG_LIMITS_MESSAGESPERADDRESS} …). Counts are per hour.
 *
 * @param messagesPerAddress      messages accepted from one client address; residents at one station often share its Wi-Fi
 * @param messagesPerPhone        messages accepted with one phone number
 * @param codeFailuresPerTicket   wrong query codes for one ticket; then the code is locked (see README)
 * @param codeFailuresPerAddress  wrong query codes from one address, whatever the tickets
 * @param loginFailuresPerAccount sign-in attempts without success before each further one waits (30 s, doubling, at most 1 h)
 * @param loginFailuresPerAddress the same per client address, whatever the accounts
 */
@ConfigurationProperties("mashang.limits")
public record Limits(
        @DefaultValue("60") int messagesPerAddress,
        @DefaultValue("10") int messagesPerPhone,
        @DefaultValue("5") int codeFailuresPerTicket,
        @DefaultValue("20") int codeFailuresPerAddress,
        @DefaultValue("5") int loginFailuresPerAccount,
        @DefaultValue("20") int loginFailuresPerAddress) {
}
