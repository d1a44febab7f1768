package io.zpl.adapters.persistence;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The before-image of a merge (the survivor's overwritten fields and every partner's status and version as the merge
 * left them), stored as {@link Properties} text: any value round-trips exactly, nulls are absent keys.
 */
final class MergeImage {

    private final Properties values = new Properties();

    static MergeImage parse(String text) {
        var image = new MergeImage();
        try {
            image.values.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return image;
    }

    MergeImage put(String key, @Nullable Object value) {
        if (value != null) {
            values.setProperty(key, value.toString());
        }
        return this;
    }

    @Nullable
    String get(String key) {
        return values.getProperty(key);
    }

    java.util.Set<String> keys() {
        return values.stringPropertyNames();
    }

    int getInt(String key) {
        String value = values.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("the merge journal lacks " + key);
        }
        return Integer.parseInt(value);
    }

    String text() {
        var out = new StringWriter();
        try {
            values.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Properties writes a date comment first; drop it so the same image gives the same text.
        return out.toString().replaceFirst("^#[^\\n]*\\n", "");
    }
}
