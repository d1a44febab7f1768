package io.zpl.application.fakes;

import io.zpl.application.port.out.GrantAnswer;
import io.zpl.application.port.out.ZaloOAuth;
import io.zpl.domain.zalo.ZaloAppId;
import java.net.URI;

/** Zalo's OAuth for a test that must not reach it; a test that expects some call overrides just that one. */
public class UnusedOAuth implements ZaloOAuth {

    @Override
    public URI authorizeUrl(ZaloAppId app, URI redirectUri, String codeChallenge, String state) {
        throw new UnsupportedOperationException("not in this test");
    }

    @Override
    public GrantAnswer exchangeCode(ZaloAppId app, String appSecret, String code, String codeVerifier) {
        throw new UnsupportedOperationException("not in this test");
    }

    @Override
    public GrantAnswer refresh(ZaloAppId app, String appSecret, String refreshToken) {
        throw new UnsupportedOperationException("not in this test");
    }
}
