package org.mashang.notify.internal;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.mashang.notify.ChannelKind;
import org.mashang.notify.RecipientKind;
import org.mashang.platform.Phones;
import org.springframework.stereotype.Component;

/** Chooses the channel for a notification from the configuration and the addresses the recipient has. */
@Component
@RequiredArgsConstructor
public class ChannelRouter {

    private final NotifyProperties properties;
    private final WeChatProperties wechat;
    private final WeChatLinks wechatLinks;

    public record Route(ChannelKind channel, String address) {
    }

    /** Channels to try in order: those configured for the event, else for the kind of recipient, else the default. */
    public List<ChannelKind> channels(RecipientKind kind, String templateKey) {
        List<ChannelKind> byEvent = properties.eventChannels().get(templateKey);
        if (byEvent != null && !byEvent.isEmpty()) {
            return byEvent;
        }
        List<ChannelKind> byKind = properties.channels().get(kind);
        if (byKind != null && !byKind.isEmpty()) {
            return byKind;
        }
        List<ChannelKind> defaults = properties.defaultChannels();
        return defaults == null || defaults.isEmpty() ? List.of(ChannelKind.DEV) : defaults;
    }

    /**
     * The first configured channel the recipient can be reached through; empty when none. A resident who linked WeChat
     * to their phone hears by WeChat first, for every notice the account has a template for.
     */
    public Optional<Route> route(Recipient r, String templateKey) {
        String phone = r.phone() == null ? null : Phones.normalize(r.phone());
        if (r.kind() == RecipientKind.RESIDENT && wechat.carries(templateKey) && !TemplateCatalog.get(templateKey).sensitive()
                && Phones.isMobile(phone) && wechatLinks.linked(phone)) {
            return Optional.of(new Route(ChannelKind.WECHAT, phone));
        }
        return configuredRoute(r, templateKey);
    }

    /** The first of the configured channels (never WeChat) the recipient can be reached through. */
    Optional<Route> configuredRoute(Recipient r, String templateKey) {
        for (ChannelKind channel : channels(r.kind(), templateKey)) {
            Optional<String> address = address(channel, r);
            if (address.isPresent()) {
                return Optional.of(new Route(channel, address.get()));
            }
        }
        return Optional.empty();
    }

    static Optional<String> address(ChannelKind channel, Recipient r) {
        return switch (channel) {
            case SMS -> Optional.ofNullable(r.phone()).filter(Phones::isMobile);
            case EMAIL -> Optional.ofNullable(r.email()).filter(e -> e.contains("@"));
            // chosen by route() for residents who linked WeChat, never from the configured lists
            case WECHAT -> Optional.empty();
            // the dev inbox shows anything; staff without contact details are shown by name
            case DEV -> Optional.ofNullable(r.phone()).or(() -> Optional.ofNullable(r.email()))
                    .or(() -> r.kind() == RecipientKind.RESIDENT ? Optional.empty() : Optional.ofNullable(r.name()));
        };
    }
}
