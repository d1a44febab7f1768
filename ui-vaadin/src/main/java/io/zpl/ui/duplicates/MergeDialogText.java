package io.zpl.ui.duplicates;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

final class MergeDialogText {
    private MergeDialogText() {}

    static String money(BigDecimal amount) {
        return NumberFormat.getIntegerInstance(Locale.of("vi", "VN")).format(amount) + " ₫";
    }
}
