/**
 * Review (审核): the committee's reviewers screen new messages — accept (with the redacted public text),
 * reject with a reason, keep private, merge duplicates. All changes go through the cases module's API.
 */
package org.mashang.review;
