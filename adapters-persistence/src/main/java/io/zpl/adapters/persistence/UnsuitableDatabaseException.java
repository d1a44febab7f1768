package io.zpl.adapters.persistence;

/** The database reached is not one this application can keep its schema in; the message says why and what to do. */
public final class UnsuitableDatabaseException extends IllegalStateException {

    UnsuitableDatabaseException(String message) {
        super(message);
    }
}
