package io.zpl.config;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** A value built once, on first use. */
final class Memo<T> implements Supplier<T> {

    private final Supplier<T> factory;
    private volatile @Nullable T value;

    private Memo(Supplier<T> factory) {
        this.factory = factory;
    }

    static <T> Memo<T> of(Supplier<T> factory) {
        return new Memo<>(factory);
    }

    @Override
    public T get() {
        T current = value;
        if (current == null) {
            synchronized (this) {
                current = value;
                if (current == null) {
                    current = factory.get();
                    value = current;
                }
            }
        }
        return current;
    }
}
