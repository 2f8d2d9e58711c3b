package org.mashang;

import org.openqa.selenium.chrome.ChromeDriver;

/** A {@link PhoneSession} whose tests each open the phone of their own viewport ({@link Browser#phone(int, int, boolean)}). */
public abstract class ViewportSession extends PhoneSession {

    @Override
    protected ChromeDriver defaultPhone() {
        return null;
    }
}
