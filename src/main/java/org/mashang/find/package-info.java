/**
 * 谁是我的代表 (Find): a resident picks their community and block, or types its name, and sees every serving deputy
 * who covers it, of every level, with the station they serve at and its next reception day.
 */
@NullMarked
package org.mashang.find;

import org.jspecify.annotations.NullMarked;
