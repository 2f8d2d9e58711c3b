/**
 * Dispatch (交办): the committee's dispatchers send cases to departments at the right level, set their
 * deadlines and decide on returns and extensions; departments report back. The steps ({@code internal.Dispatch})
 * change cases and assignments only through {@link org.mashang.cases.CaseChanges}, where the state machines are asked.
 */
@NullMarked
package org.mashang.dispatch;

import org.jspecify.annotations.NullMarked;
