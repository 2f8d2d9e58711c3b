/**
 * Deputies' proposals (代表建议): the register (number per congress and session), the handling units (主办 + 协办),
 * the clocks of three or six natural months from assignment, the answer classes A–D, the deputy's evaluation, the
 * progress of A and B answers, and the public pages. A proposal grows from residents' cases through the cases module's
 * {@link org.mashang.cases.CaseProposals}.
 */
@NullMarked
package org.mashang.proposals;

import org.jspecify.annotations.NullMarked;
