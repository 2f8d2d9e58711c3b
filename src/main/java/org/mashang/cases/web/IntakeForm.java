package org.mashang.cases.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.mashang.cases.Channel;

/** A message received offline, entered by staff: the resident's form plus where it came from. */
public class IntakeForm extends MessageForm {

    @NotNull(message = "请选择收集渠道")
    private Channel channel;

    @NotNull(message = "请选择联络站")
    private Long stationId;

    private Long deputyId;

    @Size(max = 100, message = "场合说明不能超过 100 个字")
    private String occasion;

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public Long getStationId() {
        return stationId;
    }

    public void setStationId(Long stationId) {
        this.stationId = stationId;
    }

    public Long getDeputyId() {
        return deputyId;
    }

    public void setDeputyId(Long deputyId) {
        this.deputyId = deputyId;
    }

    public String getOccasion() {
        return occasion;
    }

    public void setOccasion(String occasion) {
        this.occasion = occasion;
    }
}
