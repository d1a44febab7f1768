package io.zpl.adapters.zalo.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.zpl.application.port.out.OaCall;
import io.zpl.application.port.out.SendAnswer;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code message/cs} over real HTTP: one call whatever happens, and only Zalo's own error code means "not sent". */
class ZaloSendOverHttpTest {

    FakeZalo zalo;
    ZaloOpenApiClient client;
    OaCall call;

    @BeforeEach
    void start() throws Exception {
        zalo = new FakeZalo();
        call = new OaCall(ZaloOpenApiClientTest.OA, ZaloOpenApiClientTest.APP, zalo.issuePair());
        client = new ZaloOpenApiClient(ZaloOpenApiClientTest.settings(zalo, 4_000, 4, 20), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        zalo.close();
    }

    private SendAnswer send() {
        return client.sendText(call, ZaloOpenApiClientTest.SON, "Xin chào anh Sơn");
    }

    @Test
    void zalo_takes_the_text_for_the_user_and_answers_its_message_id() {
        var answer = send();

        assertThat(answer).isEqualTo(new SendAnswer.Accepted("a1b2c3", Instant.ofEpochMilli(1_795_600_000_000L)));
        assertThat(zalo.sends)
                .singleElement()
                .satisfies(body -> assertThat(body)
                        .contains("\"recipient\":{\"user_id\":\"4572947693969771653\"}")
                        .contains("\"text\":\"Xin chào anh Sơn\""));
    }

    @Test
    void a_timeout_is_unknown_and_not_retried() {
        zalo.sendAnswer = new String[] {"0", "{}"};

        assertThat(send()).isInstanceOf(SendAnswer.Unknown.class);
        assertThat(zalo.sends).hasSize(1);
    }

    @Test
    void a_server_error_or_an_unreadable_answer_is_unknown_and_not_retried() {
        zalo.sendAnswer = new String[] {"502", "<html>Bad gateway</html>"};
        assertThat(send()).isInstanceOf(SendAnswer.Unknown.class);

        zalo.sendAnswer = new String[] {"200", "{\"data\":{},\"error\":0,\"message\":\"Success\"}"};
        assertThat(send()).isEqualTo(new SendAnswer.Unknown("Zalo answered without a message id"));

        assertThat(zalo.sends).hasSize(2);
    }

    @Test
    void zalos_error_code_means_not_sent_even_a_rate_limit_and_nothing_is_retried() {
        zalo.sendAnswer = new String[] {"200", "{\"error\":-230,\"message\":\"User has not interacted\"}"};
        assertThat(send())
                .isInstanceOfSatisfying(
                        SendAnswer.Refused.class,
                        r -> assertThat(r.error().code()).isEqualTo(-230));

        zalo.sendAnswer = new String[] {"200", "{\"error\":-32,\"message\":\"Request exceeds the rate limit\"}"};
        assertThat(send()).isInstanceOf(SendAnswer.Refused.class);

        assertThat(zalo.sends).hasSize(2);
    }
}
