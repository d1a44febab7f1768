package io.zpl.application.port.out;

import io.zpl.domain.zalo.ZaloAppId;
import java.net.URI;

/** Zalo's OAuth v4 for OAs: the permission page and the token endpoint. Never retried: grants are single use. */
public interface ZaloOAuth {

    URI authorizeUrl(ZaloAppId app, URI redirectUri, String codeChallenge, String state);

    GrantAnswer exchangeCode(ZaloAppId app, String appSecret, String code, String codeVerifier);

    GrantAnswer refresh(ZaloAppId app, String appSecret, String refreshToken);
}
