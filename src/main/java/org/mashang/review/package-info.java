/**
 * Review (审核): the committee's reviewers screen new messages — accept (with the redacted public text),
 * reject with a reason, keep private, merge duplicates. The steps ({@code internal.Review}) change cases only through
 * {@link org.mashang.cases.CaseChanges}.
 */
@NullMarked
package org.mashang.review;

import org.jspecify.annotations.NullMarked;
