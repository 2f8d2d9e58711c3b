package org.mashang.stats.internal;

import org.springframework.context.ApplicationContext;

/**
 * For tests outside the statistics module: a resident's new message is folded into the roll-ups soon after its commit
 * ({@link SoonFolds}), not before the resident's answer, so a test that reads figures right after leaving messages
 * settles them first, as a staff member reading them a moment later would find them.
 */
public final class RollUpsSettled {

    private RollUpsSettled() {
    }

    /** Returns once every change committed so far is in the roll-ups. */
    public static void now(ApplicationContext context) {
        context.getBean(RollUpFolder.class).foldNow();
    }
}
