package io.zpl;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ZaloPartnerLinksApplication {

    public static void main(String[] args) {
        SpringApplication.run(ZaloPartnerLinksApplication.class, args);
    }
}
