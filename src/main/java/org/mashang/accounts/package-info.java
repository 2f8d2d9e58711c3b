/**
 * Staff accounts, sign-in and what each role may open. Residents never need an account.
 * Other modules learn who is acting from {@link org.mashang.accounts.StaffUser}.
 */
@NullMarked
package org.mashang.accounts;

import org.jspecify.annotations.NullMarked;
