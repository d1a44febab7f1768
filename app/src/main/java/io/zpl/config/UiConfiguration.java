package io.zpl.config;

import com.vaadin.flow.spring.security.AuthenticationContext;
import io.zpl.ui.layout.CurrentActor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class UiConfiguration {

    @Bean
    CurrentActor currentActor(AuthenticationContext authentication) {
        return new CurrentActor(authentication);
    }
}
