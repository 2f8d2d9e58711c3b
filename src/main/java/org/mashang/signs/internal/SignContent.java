package org.mashang.signs.internal;

import java.awt.image.BufferedImage;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one sign says, every text already made printable in the sign font.
 *
 * @param portrait whether the sign has a portrait box (a deputy's): the {@code photo}, or {@code initial} on red
 * @param photo    cropped to the portrait box's proportions, or null
 */
record SignContent(String subtitle, String name, String role, List<Fact> facts, boolean portrait, @Nullable BufferedImage photo,
                   String initial, String qrContent, String callToAction, String hint, String footer) {

    record Fact(String label, String value) {
    }
}
