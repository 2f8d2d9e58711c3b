package org.mashang.notify.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled work (the outbox, reminders) runs on every instance and is written to be safe that way. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotifyConfiguration {
}
