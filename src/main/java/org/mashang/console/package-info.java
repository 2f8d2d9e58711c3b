/**
 * The staff's landing pages: {@code /staff}, where everyone lands after sign-in with one entry per role they hold,
 * and {@code /admin}, the administrator's home with the entries to every admin page and the warnings that need
 * acting on before work goes wrong (a year of the working calendar without its holidays, signs that would print
 * a wrong address).
 *
 * <p>A module of its own, on top of the others, because these pages gather what several modules know: the
 * warnings come from calendar and signs, the entries lead into every module. Put in accounts, they made accounts
 * (which nearly every module uses) depend on calendar and signs; put in calendar or signs, they would tie those
 * two together. Nothing depends on this module; it reads the others through their APIs only.
 */
@NullMarked
package org.mashang.console;

import org.jspecify.annotations.NullMarked;
