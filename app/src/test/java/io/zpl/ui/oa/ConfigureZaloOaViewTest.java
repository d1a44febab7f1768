package io.zpl.ui.oa;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.ConfigureZaloOa;
import io.zpl.application.port.out.ZaloTokens;
import io.zpl.application.port.out.ZaloTokens.TokenDecision;
import io.zpl.demo.DemoData;
import io.zpl.domain.access.Role;
import io.zpl.domain.oa.SignatureVariant;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloAppId;
import io.zpl.support.UiTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;

/**
 * Configure Zalo OA in the UI: add an App and an OA with validation, connect the OA through the sandbox's permission
 * page and OAuth callback (driven over HTTP, as the browser would follow it), and an expired OA's reason on its page.
 */
class ConfigureZaloOaViewTest extends UiTest {

    private static final Actor ADMIN = new Actor("admin", Set.of(Role.ZALO_ADMIN));
    private static final HttpClient BROWSER = HttpClient.newHttpClient();
    /** Known to the sandbox (application.properties) but not set up by the demo data. */
    private static final String APP_C = "1000000000000000003";

    private static final String WARRANTY_OA = "2000000000000000004";

    @Autowired
    ConfigureZaloOa configure;

    @Autowired
    ZaloTokens tokens;

    @Test
    void an_app_with_missing_or_malformed_fields_is_not_saved_and_each_field_says_why() {
        logInAs("admin", Role.ZALO_ADMIN);
        UI.getCurrent().navigate(OfficialAccountsView.class);
        _get(OfficialAccountsView.class).addApp.click();
        var dialog = _get(ZaloAppDialog.class);

        dialog.save.click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.appId.isInvalid()).isTrue();
        assertThat(dialog.appId.getErrorMessage()).isEqualTo("Enter the App ID shown on developers.zalo.me.");
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Give the App a name your colleagues recognise.");
        assertThat(dialog.appSecret.getErrorMessage()).startsWith("Enter the App's secret key");
        assertThat(dialog.oaSecretKey.getErrorMessage()).startsWith("Enter the OA secret key");

        dialog.appId.setValue("12ab");
        dialog.name.setValue("Typo App");
        dialog.appSecret.setValue("secret");
        dialog.oaSecretKey.setValue("key");
        dialog.save.click();
        assertThat(dialog.appId.getErrorMessage()).startsWith("An App ID is digits only");
        assertThat(dialog.isOpened()).isTrue();

        dialog.appId.setValue(DemoData.APP_A.value());
        dialog.save.click();
        assertThat(dialog.problem.isVisible()).isTrue();
        assertThat(dialog.problem.getText())
                .isEqualTo("The Zalo App " + DemoData.APP_A.value() + " is registered already.");
        assertThat(configure.apps(ADMIN)).noneMatch(app -> app.name().equals("Typo App"));
    }

    @Test
    void the_admin_adds_an_app_and_its_oa_then_connects_the_oa_through_zalos_permission_page() throws Exception {
        logInAs("admin", Role.ZALO_ADMIN);
        UI.getCurrent().navigate(OfficialAccountsView.class);
        _get(OfficialAccountsView.class).addApp.click();
        var appDialog = _get(ZaloAppDialog.class);
        appDialog.appId.setValue(APP_C);
        appDialog.name.setValue("Zalo App C");
        appDialog.appSecret.setValue("demo-app-secret-c");
        appDialog.oaSecretKey.setValue("demo-oa-secret-c");
        appDialog.save.click();

        assertThat(appDialog.isOpened()).isFalse();
        assertThat(NotificationsKt.getNotifications())
                .anySatisfy(n -> assertThat(n.getElement().getProperty("text")).contains("will not be shown again"));
        assertThat(configure.apps(ADMIN))
                .anySatisfy(app -> assertThat(app.id().value()).isEqualTo(APP_C));

        _get(OfficialAccountsView.class).addOa.click();
        var oaDialog = _get(OfficialAccountDialog.class);
        oaDialog.save.click();
        assertThat(oaDialog.oaId.getErrorMessage()).isEqualTo("Enter the OA ID shown on oa.zalo.me.");
        assertThat(oaDialog.app.getErrorMessage()).isEqualTo("Choose the Zalo App this OA belongs to.");
        oaDialog.oaId.setValue(WARRANTY_OA);
        oaDialog.name.setValue("Warranty OA");
        oaDialog.app.setValue(configure.apps(ADMIN).stream()
                .filter(app -> app.id().value().equals(APP_C))
                .findFirst()
                .orElseThrow());
        oaDialog.save.click();

        var panel = _get(OaConnectionPanel.class);
        assertThat(panel.status.getText()).isEqualTo("DRAFT");
        assertThat(panel.connect.getText()).isEqualTo("Connect to Zalo");

        panel.connect.click();
        String permissionUrl = locationSetByThePage();
        assertThat(permissionUrl).contains("/sandbox/zalo/oauth/v4/oa/permission?", "code_challenge=", "state=");
        var permissionPage = browse(permissionUrl);
        assertThat(permissionPage.statusCode()).isEqualTo(200);
        var allow = Pattern.compile("href=\"(permission/grant\\?[^\"]*)\">Allow Zalo App C to manage Warranty OA")
                .matcher(permissionPage.body());
        assertThat(allow.find())
                .as("the permission page offers the Warranty OA")
                .isTrue();
        var granted = browse(URI.create(permissionUrl)
                .resolve(HtmlUtils.htmlUnescape(allow.group(1)))
                .toString());
        assertThat(granted.statusCode()).isEqualTo(302);
        var callback = browse(granted.headers().firstValue("Location").orElseThrow());
        assertThat(callback.statusCode()).isEqualTo(303);
        String back = callback.headers().firstValue("Location").orElseThrow();
        assertThat(back).isEqualTo("/official-accounts/" + WARRANTY_OA);

        UI.getCurrent().navigate(back.substring(1));
        var connected = _get(OaConnectionPanel.class);
        assertThat(connected.status.getText()).isEqualTo("CONNECTED");
        assertThat(connected.connect.getText()).isEqualTo("Reconnect to Zalo");
    }

    @Test
    void an_expired_oa_shows_why_on_its_page_and_offers_to_reconnect() {
        var app = new ZaloAppId("1000000000000000881");
        var oa = new OaId("2000000000000000881");
        configure.registerApp(
                ADMIN, app, "Expiring App", "secret", "key", SignatureVariant.APP_ID_BODY_TIMESTAMP_OA_SECRET);
        configure.addOfficialAccount(ADMIN, oa, "Unrefreshed OA", app);
        String reason = "Zalo refused to refresh the Unrefreshed OA's token (invalid_grant): connect the OA again.";
        tokens.underLock(oa, current -> new TokenDecision.Expire(reason));

        logInAs("admin", Role.ZALO_ADMIN);
        UI.getCurrent().navigate("official-accounts/" + oa.value());

        var panel = _get(OaConnectionPanel.class);
        assertThat(panel.status.getText()).isEqualTo("EXPIRED");
        assertThat(panel.explanation.getText()).isEqualTo(reason);
        assertThat(panel.connect.getText()).isEqualTo("Reconnect to Zalo");
    }

    @Test
    void agents_cannot_add_apps_or_oas() {
        logInAs("agent", Role.AGENT);
        UI.getCurrent().navigate(OfficialAccountsView.class);

        assertThat(_find(Button.class, spec -> spec.withId("add-zalo-app"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("add-official-account")))
                .isEmpty();
    }

    /** Where {@code Page.setLocation} sends the browser: the URL travels in a pending JavaScript call. */
    private static String locationSetByThePage() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .flatMap(call -> call.getInvocation().getParameters().stream())
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .filter(parameter -> parameter.startsWith("http"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the page did not send the browser anywhere"));
    }

    private static HttpResponse<String> browse(String url) throws Exception {
        return BROWSER.send(
                HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
