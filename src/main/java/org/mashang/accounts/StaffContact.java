package org.mashang.accounts;

/** Whom to notify among staff: an active account and how to reach them (phone and email may be null). */
public record StaffContact(long userId, String username, String displayName, String phone, String email) {
}
