package org.mashang.signs;

import org.springframework.ui.Model;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Puts the printed address and its problem, seen from the current request, into a staff page's model. */
public final class PrintedAddresses {

    private PrintedAddresses() {
    }

    public static void add(PrintedAddress printed, Model model) {
        String inUse = ServletUriComponentsBuilder.fromCurrentContextPath().replacePath("").toUriString();
        model.addAttribute("printedBaseUrl", printed.baseUrl());
        model.addAttribute("printedProblem", printed.check(inUse));
        model.addAttribute("addressInUse", inUse);
    }
}
