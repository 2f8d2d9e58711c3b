/**
 * Dispatch (交办): the committee's dispatchers send cases to departments at the right level, set their
 * deadlines and decide on returns and extensions; departments report back. State changes go through
 * the cases module's API, where the state machine lives.
 */
package org.mashang.dispatch;
