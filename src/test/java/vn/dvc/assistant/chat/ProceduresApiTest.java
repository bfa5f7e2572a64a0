package vn.dvc.assistant.chat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProceduresApiTest {

    @Test
    void listsEveryGuide() {
        given().when().get("/api/v1/procedures")
                .then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(10))
                .body("id", hasItem("hkd-cham-dut-hoat-dong"))
                .body("find { it.id == 'hkd-dang-ky-thanh-lap' }.code", equalTo("1.001612"));
    }

    @Test
    void showsOneGuideWithAllItsSections() {
        given().when().get("/api/v1/procedures/hkd-cham-dut-hoat-dong")
                .then().statusCode(200)
                .body("code", equalTo("1.001266"))
                .body("sections.documents", notNullValue())
                .body("sections.legal_basis", notNullValue())
                .body("sources[0].url", startsWith("https://"))
                .body("version", notNullValue());
    }

    @Test
    void anUnknownGuideIsNotFound() {
        given().when().get("/api/v1/procedures/khong-co")
                .then().statusCode(404).body("error", equalTo("unknown_procedure"));
    }

    @Test
    void publishesAnOpenApiDocument() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200).body("paths", notNullValue());
    }
}
