package io.zpl.adapters.zalo.client;

import java.net.http.HttpClient;

final class HttpClients {
    private HttpClients() {}

    /** HTTP/2 towards Zalo's https hosts; plain HTTP/1.1 towards a local sandbox or fake. */
    static HttpClient create(ZaloClientSettings settings) {
        boolean tls = "https".equalsIgnoreCase(settings.openApiBase().getScheme());
        return HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .version(tls ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }
}
