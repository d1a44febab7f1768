package io.zpl.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.zpl.application.port.out.Partners;
import io.zpl.domain.partner.PartnerDetails;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.support.Api;
import io.zpl.support.AppTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BusinessRecordsApiTest extends AppTest {

    @Autowired
    Partners partners;

    @Autowired
    Jdbi jdbi;

    private PartnerId customer;
    private String tag;

    @BeforeEach
    void customer() {
        customer = partners.create(
                        PartnerStatus.VERIFIED, new PartnerDetails("Đỗ Quang Huy", List.of(), null, null), "ERP")
                .id();
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    private Api admin() {
        return Api.as(baseUrl(), "admin", "admin");
    }

    private int stored(String table) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE external_ref LIKE :tag")
                .bind("tag", "%" + tag + "%")
                .mapTo(Integer.class)
                .one());
    }

    private BigDecimal openBalance(PartnerId partner) {
        return jdbi.withHandle(
                h -> h.createQuery("SELECT COALESCE(SUM(amount_due), 0) FROM invoice WHERE partner_id = :p")
                        .bind("p", partner.value())
                        .mapTo(BigDecimal.class)
                        .one());
    }

    @Test
    void a_json_batch_is_upserted_by_external_reference_and_answers_counts() {
        String batch = """
                {"records":[
                  {"kind":"QUOTE","externalRef":"Q-%1$s","partnerId":"%2$s","title":"Báo giá","amount":"8900000"},
                  {"kind":"INVOICE","externalRef":"I-%1$s","partnerId":"%2$s","amount":12500000,"amountDue":2500000,
                   "date":"2026-11-02"},
                  {"kind":"TICKET","externalRef":"T-%1$s","partnerId":%2$s,"title":"Bảo hành","state":"OPEN"}
                ]}""".formatted(tag, customer);

        var first = admin().post("/api/v1/business-records", batch);
        var again = admin().post("/api/v1/business-records", batch);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("received").asInt()).isEqualTo(3);
        assertThat(first.json().get("inserted").asInt()).isEqualTo(3);
        assertThat(again.json().get("inserted").asInt()).isZero();
        assertThat(again.json().get("updated").asInt()).isEqualTo(3);
        assertThat(stored("sales_order") + stored("invoice") + stored("ticket")).isEqualTo(3);
        assertThat(openBalance(customer)).isEqualByComparingTo("2500000");
    }

    @Test
    void an_old_merged_id_lands_the_record_on_the_survivor() {
        var shadow = partners.create(PartnerStatus.SHADOW, new PartnerDetails("Huy", List.of(), null, null), "Zalo");
        partners.save(shadow.tombstoneInto(customer));

        var response = admin().post(
                        "/api/v1/business-records",
                        "{\"records\":[{\"kind\":\"INVOICE\",\"externalRef\":\"I-%s\",\"partnerId\":\"%s\",\"amount\":\"700\"}]}"
                                .formatted(tag, shadow.id()));

        assertThat(response.status()).isEqualTo(200);
        assertThat(openBalance(customer)).isEqualByComparingTo("700");
    }

    @Test
    void bad_rows_answer_400_with_every_rows_errors_and_nothing_is_imported() {
        String batch = """
                {"records":[
                  {"kind":"INVOICE","externalRef":"I-%1$s","partnerId":"%2$s","amount":"100"},
                  {"kind":"INVOICE","externalRef":"I2-%1$s","partnerId":"987654321","amount":"100"},
                  {"kind":"INVOICE","externalRef":"I3-%1$s","partnerId":"%2$s","amount":"lots"},
                  {"kind":"INVOICE","externalRef":"I-%1$s","partnerId":"%2$s","amount":"100"}
                ]}""".formatted(tag, customer);

        var response = admin().post("/api/v1/business-records", batch);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var problem = response.json();
        assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.get("detail").asString()).contains("nothing was imported");
        var errors = problem.get("errors");
        assertThat(errors.valueStream()
                        .map(e -> e.get("row").asInt() + ":" + e.get("field").asString()))
                .containsExactly("2:partnerId", "3:amount", "4:externalRef");
        assertThat(errors.get(0).get("message").asString()).isEqualTo("there is no partner 987654321");
        assertThat(stored("invoice")).isZero();
    }

    @Test
    void a_csv_file_is_imported_with_errors_named_by_line() {
        String good = "kind,externalRef,partnerId,title,amount,amountDue\n"
                + "INVOICE,I-%1$s,%2$s,,1000,400\n".formatted(tag, customer)
                + "ORDER,O-%1$s,%2$s,\"Đơn hàng, giao gấp\",5000,\n".formatted(tag, customer);
        String bad = good + "INVOICE,X-%1$s,%2$s,,-1,\n".formatted(tag, customer);

        var rejected = admin().post("/api/v1/business-records", "text/csv", bad);
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.json().get("errors").get(0).get("row").asInt()).isEqualTo(4);
        assertThat(stored("invoice") + stored("sales_order")).isZero();

        var imported = admin().post("/api/v1/business-records", "text/csv", good);
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().get("inserted").asInt()).isEqualTo(2);
        assertThat(openBalance(customer)).isEqualByComparingTo("400");
    }

    @Test
    void a_csv_with_a_bad_header_or_a_malformed_body_is_a_400_problem() {
        var header = admin().post("/api/v1/business-records", "text/csv", "kind,ref\nINVOICE,1\n");
        assertThat(header.status()).isEqualTo(400);
        assertThat(header.json().get("detail").asString()).contains("unknown column 'ref'");

        for (String body : List.of("{", "{}", "{\"records\":[null]}", "{\"records\":[]}")) {
            var response = admin().post("/api/v1/business-records", body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        }
    }

    @Test
    void only_a_zalo_admin_may_push_records() {
        var body =
                "{\"records\":[{\"kind\":\"INVOICE\",\"externalRef\":\"I-%s\",\"partnerId\":\"%s\",\"amount\":\"1\"}]}"
                        .formatted(tag, customer);
        for (String user : List.of("lead", "agent")) {
            var response = Api.as(baseUrl(), user, user).post("/api/v1/business-records", body);
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.json().get("code").asString()).isEqualTo("MISSING_ZALO_ADMIN_PERMISSION");
        }
        assertThat(stored("invoice")).isZero();
    }
}
