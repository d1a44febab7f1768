package io.zpl;

import io.zpl.demo.AuditBenchmark;
import io.zpl.demo.MergeBenchmark;
import io.zpl.demo.ScaleData;
import io.zpl.demo.SyncBenchmark;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ZaloPartnerLinksApplication {

    public static void main(String[] args) throws Exception {
        String mode = args.length == 0 ? "" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        switch (mode) {
            case "generate" -> ScaleData.main(rest);
            case "bench-audit" -> AuditBenchmark.main(rest);
            case "bench-merge" -> MergeBenchmark.main(rest);
            case "bench-sync" -> SyncBenchmark.main(rest);
            default -> SpringApplication.run(ZaloPartnerLinksApplication.class, args);
        }
    }
}
