package org.mashang.notify;

/** A delivery that did not go through: retried later unless permanent (a rejected number, a bad request …). */
public class DeliveryException extends Exception {

    private final boolean permanent;

    public DeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public static DeliveryException transientFailure(String message, Throwable cause) {
        return new DeliveryException(message, false, cause);
    }

    public static DeliveryException permanentFailure(String message, Throwable cause) {
        return new DeliveryException(message, true, cause);
    }

    public boolean permanent() {
        return permanent;
    }
}
